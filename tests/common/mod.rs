//! Shared by the integration tests: the site built once, and one-shot requests to `app()`.

#![allow(dead_code)] // each test file uses a different part of this module

use std::sync::{Arc, OnceLock};

use axum::{
    body::Body,
    http::{HeaderMap, Request, StatusCode},
};
use http_body_util::BodyExt;
use keep_your_number::{app, build_site, render::SiteConfig, site::Site};
use tower::ServiceExt;

pub const ORIGIN: &str = "https://guide.example";

/// The site, rendered once for the whole test binary.
pub fn site() -> Arc<Site> {
    static SITE: OnceLock<Arc<Site>> = OnceLock::new();
    SITE.get_or_init(|| {
        let config = SiteConfig {
            origin: ORIGIN.to_owned(),
            report: Default::default(),
        };
        Arc::new(build_site(&config).expect("the site builds"))
    })
    .clone()
}

pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Answer {
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

/// Sends one request through the real router, no socket involved.
pub async fn request(method: &str, uri: &str, headers: &[(&str, &str)]) -> Answer {
    let mut builder = Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    let response = app(site())
        .oneshot(builder.body(Body::empty()).unwrap())
        .await
        .expect("the router never fails");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Answer {
        status,
        headers,
        body: String::from_utf8(bytes.to_vec()).expect("UTF-8 body"),
    }
}

pub async fn get(uri: &str) -> Answer {
    request("GET", uri, &[]).await
}

/// The `href`s of the links inside the first element that starts with `opening`.
pub fn links_in(body: &str, opening: &str) -> Vec<String> {
    let start = body
        .find(opening)
        .unwrap_or_else(|| panic!("no {opening} in page"));
    let end = start + body[start..].find("</nav>").expect("closed nav");
    let href = regex::Regex::new(r#"href="([^"]*)""#).unwrap();
    href.captures_iter(&body[start..end])
        .map(|c| c[1].to_owned())
        .collect()
}

/// The text a reader sees: tags removed, entities for quotes and ampersands decoded.
pub fn visible_text(body: &str) -> String {
    let tags = regex::Regex::new(r"(?s)<[^>]*>").unwrap();
    tags.replace_all(body, " ")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}
