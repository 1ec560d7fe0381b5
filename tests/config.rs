//! The command line and the environment: flags override variables, addresses are checked,
//! and nothing given is silently ignored.

mod common;

use std::collections::HashMap;
use std::net::SocketAddr;

use keep_your_number::config::{Config, ServeConfig, parse_public_url};

fn config(args: &[&str], env: &[(&str, &str)]) -> Result<Config, String> {
    let env: HashMap<String, String> = env
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let args = std::iter::once("keep-your-number").chain(args.iter().copied());
    Config::from_sources(args, |name| env.get(name).cloned())
}

fn serve(args: &[&str], env: &[(&str, &str)]) -> ServeConfig {
    match config(args, env) {
        Ok(Config::Serve(serve)) => serve,
        other => panic!("{args:?} {env:?}: {other:?}"),
    }
}

fn addr(text: &str) -> SocketAddr {
    text.parse().unwrap()
}

#[test]
fn with_nothing_given_it_serves_on_loopback_3000() {
    let serve = serve(&[], &[]);
    assert_eq!(serve.addr, addr("127.0.0.1:3000"));
    assert_eq!(serve.origin, "http://127.0.0.1:3000");
    assert!(!serve.hsts);
    assert_eq!((serve.workers, serve.max_connections), (None, None));
}

#[test]
fn flags_override_their_environment_variables() {
    let public = [("PUBLIC_URL", "https://env.example")];
    // PORT alone: all interfaces, as platforms expect (with a public URL).
    assert_eq!(
        serve(&[], &[("PORT", "8080"), public[0]]).addr,
        addr("0.0.0.0:8080")
    );
    // --addr wins over PORT and ADDR; --port wins over ADDR.
    let env = [("PORT", "8080"), ("ADDR", "127.0.0.1:7000")];
    assert_eq!(
        serve(&["--addr", "127.0.0.1:9000"], &env).addr,
        addr("127.0.0.1:9000")
    );
    assert_eq!(
        serve(&[], &env).addr,
        addr("127.0.0.1:7000"),
        "ADDR over PORT"
    );
    assert_eq!(
        serve(
            &["--port", "9001", "--public-url", "https://a.example"],
            &env
        )
        .addr,
        addr("0.0.0.0:9001")
    );
    let env = [
        ("PUBLIC_URL", "https://env.example"),
        ("WORKERS", "3"),
        ("MAX_CONNECTIONS", "500"),
        ("HSTS", "false"),
    ];
    let serve = serve(
        &[
            "--public-url",
            "https://flag.example",
            "--workers",
            "5",
            "--max-connections",
            "900",
            "--hsts",
        ],
        &env,
    );
    assert_eq!(serve.origin, "https://flag.example");
    assert_eq!((serve.workers, serve.max_connections), (Some(5), Some(900)));
    assert!(serve.hsts);
    let from_env = self::serve(&[], &env);
    assert_eq!(from_env.origin, "https://env.example");
    assert_eq!(
        (from_env.workers, from_env.max_connections, from_env.hsts),
        (Some(3), Some(500), false)
    );
    assert!(self::serve(&[], &[("HSTS", "true")]).hsts);
}

#[test]
fn both_addr_and_port_flags_are_an_error() {
    let error = config(&["--addr", "127.0.0.1:1", "--port", "2"], &[]).unwrap_err();
    assert_eq!(error, "give --addr or --port, not both");
}

#[test]
fn a_reachable_address_without_a_public_url_refuses_to_start() {
    for (args, env) in [
        (vec!["--addr", "0.0.0.0:8080"], vec![]),
        (vec![], vec![("PORT", "8080")]),
        (vec!["--port", "80"], vec![]),
        (vec!["--addr", "192.168.1.5:3000"], vec![]),
    ] {
        let error = config(&args, &env).unwrap_err();
        assert!(
            error.contains("set --public-url https://your.domain (or PUBLIC_URL)"),
            "{args:?}: {error}"
        );
    }
    // Loopback, v4 or v6, names itself.
    assert_eq!(
        serve(&["--addr", "[::1]:4000"], &[]).origin,
        "http://[::1]:4000"
    );
}

#[test]
fn the_public_url_is_checked() {
    let good = [
        ("https://guide.example", "https://guide.example"),
        ("https://Guide.Example/", "https://guide.example"),
        ("http://guide.example:8080", "http://guide.example:8080"),
        ("https://guide.example:443", "https://guide.example"),
    ];
    for (text, origin) in good {
        assert_eq!(parse_public_url(text).as_deref(), Ok(origin), "{text}");
    }
    for (text, says) in [
        ("guide.example", "is not a URL"),
        ("ftp://guide.example", "must start with https://"),
        ("https://guide.example/guide", "has a path"),
        ("https://guide.example/?utm=x", "must not have a query"),
        ("https://guide.example/#top", "must not have a query"),
        ("https://user:pw@guide.example", "user name or password"),
        ("file:///tmp", "must start with https://"),
    ] {
        let error = parse_public_url(text).unwrap_err();
        assert!(error.contains(says), "{text}: {error}");
    }
    let error = config(&["--public-url", "guide.example"], &[]).unwrap_err();
    assert!(error.starts_with("--public-url: "), "{error}");
    let error = config(&[], &[("PUBLIC_URL", "https://x.example/a?b")]).unwrap_err();
    assert!(error.starts_with("PUBLIC_URL: "), "{error}");
}

#[test]
fn serving_flags_are_honoured_before_or_after_serve() {
    let expected = addr("127.0.0.1:9100");
    for args in [
        vec!["--addr", "127.0.0.1:9100", "serve"],
        vec!["serve", "--addr", "127.0.0.1:9100"],
        vec!["--addr", "127.0.0.1:9100"],
    ] {
        assert_eq!(serve(&args, &[]).addr, expected, "{args:?}");
    }
    assert_eq!(serve(&["--workers", "2", "serve"], &[]).workers, Some(2));
}

#[test]
fn export_needs_a_public_url_and_takes_no_serving_flag() {
    let error = config(&["export", "out"], &[("PORT", "8080")]).unwrap_err();
    assert!(
        error.contains("--public-url https://your.domain"),
        "{error}"
    );
    assert_eq!(
        config(
            &["export", "out", "--public-url", "https://guide.example"],
            &[]
        ),
        Ok(Config::Export {
            dir: "out".into(),
            origin: "https://guide.example".into(),
            report_url: None,
        })
    );
    // Before the subcommand too, or from the environment.
    assert_eq!(
        config(&["--public-url", "https://a.example", "export", "out"], &[]),
        config(&["export", "out"], &[("PUBLIC_URL", "https://a.example")])
    );
    for flag in [
        &["--addr", "127.0.0.1:1"][..],
        &["--port", "1"],
        &["--hsts"],
        &["--workers", "2"],
    ] {
        for position in [0, 1] {
            let mut args = vec!["export", "out", "--public-url", "https://a.example"];
            let at = if position == 0 { 0 } else { args.len() };
            for (i, word) in flag.iter().enumerate() {
                args.insert(at + i, word);
            }
            let error = config(&args, &[]).unwrap_err();
            assert_eq!(
                error,
                format!("{} is for serving; export does not use it", flag[0]),
                "{args:?}"
            );
        }
    }
    // Variables the platform sets for serving do not stop an export.
    assert!(
        config(
            &["export", "out", "--public-url", "https://a.example"],
            &[("PORT", "8080"), ("WORKERS", "4")]
        )
        .is_ok()
    );
    let error = config(&["check", "--port", "1"], &[]).unwrap_err();
    assert_eq!(error, "--port is for serving; check does not use it");
}

#[test]
fn bad_numbers_in_the_environment_say_which_variable() {
    let error = config(&[], &[("PORT", "eighty")]).unwrap_err();
    assert!(error.starts_with("PORT=eighty: "), "{error}");
    let error = config(&[], &[("WORKERS", "0")]).unwrap_err();
    assert_eq!(error, "--workers (or WORKERS) must be at least 1");
    let error = config(&[], &[("HSTS", "maybe")]).unwrap_err();
    assert_eq!(error, "HSTS=maybe: expected true or false");
}

/// The binary itself: a reachable address without a public URL exits non-zero before it
/// listens, saying what to set; so does `export` without one.
#[test]
fn the_binary_refuses_to_start_with_a_message() {
    let run = |args: &[&str]| common::binary().args(args).output().unwrap();
    let temp = common::TempDir::new("refused");
    let database = temp.database();
    let output = run(&["--addr", "0.0.0.0:0", "--database", &database]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("set --public-url"), "{stderr}");
    assert!(
        !std::path::Path::new(&database).exists(),
        "refused before the database is opened"
    );
    // `export` takes no database: there is none to give it.
    let dir = temp.path().join("export");
    let output = run(&["export", dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--public-url"));
    assert!(!dir.exists(), "nothing written");
}

#[test]
fn the_reports_database_flag_overrides_its_variable() {
    let default = serve(&[], &[]);
    assert_eq!(default.database, "./data/reports.sqlite3");
    assert_eq!(default.report_limit.get(), 5);
    let from_env = serve(
        &[],
        &[
            ("DATABASE_URL", "postgres://db/reports"),
            ("REPORT_LIMIT", "50"),
        ],
    );
    assert_eq!(from_env.database, "postgres://db/reports");
    assert_eq!(from_env.report_limit.get(), 50);
    let flagged = serve(
        &["--database", "/tmp/r.sqlite3", "--report-limit", "9"],
        &[
            ("DATABASE_URL", "postgres://db/reports"),
            ("REPORT_LIMIT", "50"),
        ],
    );
    assert_eq!(flagged.database, "/tmp/r.sqlite3");
    assert_eq!(flagged.report_limit.get(), 9);
    // The maintainers' subcommands read the same database, flag before or after.
    for args in [
        &["reports", "--database", "x.sqlite3", "list", "--open"][..],
        &["--database", "x.sqlite3", "reports", "list", "--open"][..],
    ] {
        match config(args, &[("DATABASE_URL", "postgres://elsewhere")]) {
            Ok(Config::Reports { database, .. }) => assert_eq!(database, "x.sqlite3", "{args:?}"),
            other => panic!("{args:?}: {other:?}"),
        }
    }
    // Export takes a report URL, and no database or report limit.
    assert_eq!(
        config(
            &[
                "export",
                "out",
                "--public-url",
                "https://g.example",
                "--report-url",
                "https://forms.example/r"
            ],
            &[]
        ),
        Ok(Config::Export {
            dir: "out".into(),
            origin: "https://g.example".into(),
            report_url: Some("https://forms.example/r".into()),
        })
    );
    for args in [
        &[
            "export",
            "out",
            "--public-url",
            "https://g.example",
            "--database",
            "x",
        ][..],
        &[
            "export",
            "out",
            "--public-url",
            "https://g.example",
            "--report-limit",
            "3",
        ][..],
    ] {
        assert!(config(args, &[]).is_err(), "{args:?}");
    }
}

#[test]
fn the_report_limit_is_1_to_100_million_from_the_flag_or_the_variable() {
    for (text, limit) in [("1", 1), ("100000000", 100_000_000)] {
        assert_eq!(
            serve(&["--report-limit", text], &[]).report_limit.get(),
            limit
        );
        assert_eq!(
            serve(&[], &[("REPORT_LIMIT", text)]).report_limit.get(),
            limit
        );
    }
    for text in ["0", "100000001", "4294967296", "-3", "5.5", "five"] {
        let flag = config(&[&format!("--report-limit={text}")], &[]).unwrap_err();
        assert!(flag.contains("--report-limit"), "{text}: {flag}");
        let variable = config(&[], &[("REPORT_LIMIT", text)]).unwrap_err();
        assert!(
            variable.starts_with(&format!("REPORT_LIMIT={text}: ")),
            "{text}: {variable}"
        );
    }
    let zero = config(&["--report-limit", "0"], &[]).unwrap_err();
    assert!(zero.contains("0 would refuse every report"), "{zero}");
    // A flag still wins over a bad variable.
    assert_eq!(
        serve(&["--report-limit", "7"], &[("REPORT_LIMIT", "0")])
            .report_limit
            .get(),
        7
    );
}

#[test]
fn trusted_proxies_come_from_the_flag_or_else_the_variable() {
    let nets = |texts: &[&str]| -> Vec<ipnet::IpNet> {
        texts.iter().map(|t| t.parse().unwrap()).collect()
    };
    assert!(serve(&[], &[]).trusted_proxies.is_empty());
    // Repeatable and comma-separated; one address is a network of one.
    let flagged = serve(
        &[
            "--trusted-proxy",
            "10.0.0.0/8,2001:db8::/32",
            "--trusted-proxy",
            "192.0.2.7",
        ],
        &[],
    );
    assert_eq!(
        flagged.trusted_proxies,
        nets(&["10.0.0.0/8", "2001:db8::/32", "192.0.2.7/32"])
    );
    let from_env = serve(&[], &[("TRUSTED_PROXY", "172.16.0.0/12, ::1")]);
    assert_eq!(
        from_env.trusted_proxies,
        nets(&["172.16.0.0/12", "::1/128"])
    );
    // A flag wins over the variable, even a broken one.
    for env in ["172.16.0.0/12", "not a network"] {
        let both = serve(
            &["--trusted-proxy", "10.0.0.0/8"],
            &[("TRUSTED_PROXY", env)],
        );
        assert_eq!(both.trusted_proxies, nets(&["10.0.0.0/8"]), "{env}");
    }
    let error = config(&["--trusted-proxy", "10.0.0.0/33"], &[]).unwrap_err();
    assert!(error.contains("10.0.0.0/33"), "{error}");
    let error = config(&[], &[("TRUSTED_PROXY", "10.0.0.0/8,proxy.local")]).unwrap_err();
    assert!(
        error.contains("TRUSTED_PROXY") && error.contains("proxy.local"),
        "{error}"
    );
    let error = config(&["check", "--trusted-proxy", "10.0.0.0/8"], &[]).unwrap_err();
    assert!(error.contains("--trusted-proxy"), "{error}");
}

/// The tests that start the binary (`common::binary`) clear every variable the configuration
/// reads, so that none of them comes from the developer's environment: a variable added to
/// src/config.rs must be added to `common::CONFIG_VARIABLES` too.
#[test]
fn the_tests_clear_every_variable_the_configuration_reads() {
    let asked = std::cell::RefCell::new(std::collections::BTreeSet::new());
    for args in [&[][..], &["serve"][..], &["reports", "list"][..]] {
        let args = std::iter::once("keep-your-number").chain(args.iter().copied());
        let _ = Config::from_sources(args, |name| {
            asked.borrow_mut().insert(name.to_owned());
            None
        });
    }
    let asked = asked.into_inner();
    for expected in ["ADDR", "PUBLIC_URL", "DATABASE_URL"] {
        assert!(asked.contains(expected), "{asked:?}");
    }
    for name in &asked {
        assert!(
            common::CONFIG_VARIABLES.contains(&name.as_str()),
            "{name} is read by the configuration but not cleared by common::binary()"
        );
    }
}
