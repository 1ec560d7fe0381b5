//! Fluent translations: loading `locales/{lang}/{area}.ftl`, and looking messages up.
//!
//! A missing message, a formatting error or a file that does not parse is an error, never
//! a silent fallback to another language or to the message ID.

use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};

use crate::content::Value;
use crate::lang::Lang;

/// The areas of the site, one `.ftl` file each, with the same names in every language.
pub const AREAS: [&str; 10] = [
    "common", "overview", "channels", "facts", "plan", "compare", "errors", "lookup", "report",
    "offline",
];

/// The language whose messages define what every other language must have.
pub const REFERENCE: Lang = Lang::En;

macro_rules! locale_files {
    ($($lang:literal),*) => {
        /// Every `.ftl` file, compiled in: `(lang code, area, text)`.
        pub const FILES: &[(&str, &str, &str)] = &[$(
            ($lang, "common", include_str!(concat!("../locales/", $lang, "/common.ftl"))),
            ($lang, "overview", include_str!(concat!("../locales/", $lang, "/overview.ftl"))),
            ($lang, "channels", include_str!(concat!("../locales/", $lang, "/channels.ftl"))),
            ($lang, "facts", include_str!(concat!("../locales/", $lang, "/facts.ftl"))),
            ($lang, "plan", include_str!(concat!("../locales/", $lang, "/plan.ftl"))),
            ($lang, "compare", include_str!(concat!("../locales/", $lang, "/compare.ftl"))),
            ($lang, "errors", include_str!(concat!("../locales/", $lang, "/errors.ftl"))),
            ($lang, "lookup", include_str!(concat!("../locales/", $lang, "/lookup.ftl"))),
            ($lang, "report", include_str!(concat!("../locales/", $lang, "/report.ftl"))),
            ($lang, "offline", include_str!(concat!("../locales/", $lang, "/offline.ftl"))),
        )*];
    };
}
locale_files!("zh", "en", "km");

type Bundle = FluentBundle<FluentResource>;

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("locales/{lang}/{area}.ftl:{line}: {problem}")]
    Syntax {
        lang: Lang,
        area: String,
        line: usize,
        problem: String,
    },
    #[error("locales/{lang}/{area}.ftl: message {id:?} is defined twice")]
    Duplicate {
        lang: Lang,
        area: String,
        id: String,
    },
    #[error("locales/{lang}/{area}.ftl: message {id:?} is missing (see locales/{reference}/{area}.ftl:{line})", reference = REFERENCE)]
    Missing {
        lang: Lang,
        id: String,
        /// Where the reference language defines it.
        area: String,
        line: usize,
    },
    #[error("locales/{lang}/: message {id:?} could not be formatted: {problem}")]
    Format {
        lang: Lang,
        id: String,
        problem: String,
    },
}

/// All languages' messages.
pub struct Locales {
    bundles: Vec<(Lang, Bundle)>,
    /// Message IDs of the reference language, in file order.
    reference_ids: Vec<String>,
    /// Where each reference message is defined: (area, line).
    reference_places: BTreeMap<String, (String, usize)>,
}

impl Locales {
    /// Loads the compiled-in `.ftl` files and checks that every language has every message.
    pub fn built_in() -> Result<Locales, I18nError> {
        Locales::from_files(FILES.iter().map(|&(l, a, t)| (l, a, t.to_owned())))
    }

    /// Loads `(lang code, area, text)` triples; unknown language codes are ignored.
    pub fn from_files(
        files: impl IntoIterator<Item = (&'static str, &'static str, String)>,
    ) -> Result<Locales, I18nError> {
        let mut bundles: Vec<(Lang, Bundle)> = Lang::ALL
            .iter()
            .map(|&lang| {
                let mut bundle = Bundle::new_concurrent(vec![lang.langid()]);
                // Without this every placeable is wrapped in U+2068/U+2069, which shows up
                // in <title>, attributes and copied text.
                bundle.set_use_isolating(false);
                bundle
                    .add_function("AMOUNT", move |positional, _named| {
                        match positional.first() {
                            Some(FluentValue::Number(n)) => {
                                FluentValue::from(format_amount(lang, n.value as i64))
                            }
                            _ => FluentValue::Error,
                        }
                    })
                    .expect("AMOUNT is added once");
                (lang, bundle)
            })
            .collect();
        let mut ids_by_lang: BTreeMap<Lang, Vec<String>> = BTreeMap::new();
        let mut reference_places = BTreeMap::new();
        for (code, area, text) in files {
            let Ok(lang) = code.parse::<Lang>() else {
                continue;
            };
            let ids = message_ids(lang, area, &text)?;
            let lines: Vec<usize> = ids.iter().map(|id| line_of(&text, id)).collect();
            let resource = FluentResource::try_new(text).map_err(|(_, errors)| {
                // message_ids() already reported syntax errors; this is a safety net.
                I18nError::Syntax {
                    lang,
                    area: area.to_owned(),
                    line: 0,
                    problem: format!("{errors:?}"),
                }
            })?;
            let bundle = &mut bundles
                .iter_mut()
                .find(|(l, _)| *l == lang)
                .expect("all langs")
                .1;
            bundle.add_resource(resource).map_err(|errors| {
                let id = errors
                    .iter()
                    .find_map(|e| match e {
                        fluent_bundle::FluentError::Overriding { id, .. } => Some(id.clone()),
                        _ => None,
                    })
                    .unwrap_or_default();
                I18nError::Duplicate {
                    lang,
                    area: area.to_owned(),
                    id,
                }
            })?;
            if lang == REFERENCE {
                for (id, line) in ids.iter().zip(lines) {
                    reference_places.insert(id.clone(), (area.to_owned(), line));
                }
            }
            ids_by_lang.entry(lang).or_default().extend(ids);
        }
        let reference_ids = ids_by_lang.remove(&REFERENCE).unwrap_or_default();
        let locales = Locales {
            bundles,
            reference_ids,
            reference_places,
        };
        for lang in Lang::ALL {
            for id in &locales.reference_ids {
                if !locales.bundle(lang).has_message(id) {
                    return Err(locales.missing(lang, id));
                }
            }
        }
        Ok(locales)
    }

    fn missing(&self, lang: Lang, id: &str) -> I18nError {
        let (area, line) = self.reference_places.get(id).cloned().unwrap_or_default();
        I18nError::Missing {
            lang,
            id: id.to_owned(),
            area,
            line,
        }
    }

    fn bundle(&self, lang: Lang) -> &Bundle {
        &self
            .bundles
            .iter()
            .find(|(l, _)| *l == lang)
            .expect("all langs")
            .1
    }

    pub fn translator(&self, lang: Lang) -> Translator<'_> {
        Translator {
            lang,
            bundle: self.bundle(lang),
            locales: self,
        }
    }

    /// Every message ID of the reference language.
    pub fn message_ids(&self) -> &[String] {
        &self.reference_ids
    }
}

/// The line on which `id` is defined in `text` (1-based; 0 if not found).
fn line_of(text: &str, id: &str) -> usize {
    let definition = format!("{id} =");
    text.lines()
        .position(|line| line.starts_with(&definition))
        .map_or(0, |i| i + 1)
}

/// The message IDs of one file, or its first syntax error with its line.
fn message_ids(lang: Lang, area: &str, text: &str) -> Result<Vec<String>, I18nError> {
    use fluent_syntax::ast::Entry;
    let resource = fluent_syntax::parser::parse(text).map_err(|(_, errors)| {
        let first = &errors[0];
        let line = text[..first.pos.start.min(text.len())]
            .matches('\n')
            .count()
            + 1;
        I18nError::Syntax {
            lang,
            area: area.to_owned(),
            line,
            problem: first.kind.to_string(),
        }
    })?;
    Ok(resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect())
}

/// One language's messages, as templates use them.
#[derive(Clone, Copy)]
pub struct Translator<'a> {
    pub lang: Lang,
    bundle: &'a Bundle,
    locales: &'a Locales,
}

impl<'a> Translator<'a> {
    /// A message without variables.
    pub fn get(&self, id: &str) -> Result<String, I18nError> {
        self.format(id, None)
    }

    /// A message with variables.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> Result<String, I18nError> {
        let missing = || self.locales.missing(self.lang, id);
        let message = self.bundle.get_message(id).ok_or_else(missing)?;
        let pattern = message.value().ok_or_else(missing)?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if let Some(error) = errors.first() {
            return Err(I18nError::Format {
                lang: self.lang,
                id: id.to_owned(),
                problem: error.to_string(),
            });
        }
        Ok(text.into_owned())
    }

    /// A message with one text variable.
    pub fn with(&self, id: &str, name: &str, value: &str) -> Result<String, I18nError> {
        let mut args = FluentArgs::new();
        args.set(name, value.to_owned());
        self.format(id, Some(&args))
    }

    /// `prefix-1`, `prefix-2`, … as far as the reference language numbers them: how a page
    /// says "the steps" without the code knowing how many there are.
    pub fn numbered(&self, prefix: &str) -> Result<Vec<String>, I18nError> {
        self.numbered_with(prefix, None)
    }

    /// [`Translator::numbered`], each message given `args`.
    pub fn numbered_with(
        &self,
        prefix: &str,
        args: Option<&FluentArgs>,
    ) -> Result<Vec<String>, I18nError> {
        (1..)
            .map(|n| format!("{prefix}-{n}"))
            .take_while(|id| self.locales.reference_ids.contains(id))
            .map(|id| self.format(&id, args))
            .collect()
    }

    /// A message whose variables are fact values, returned as HTML: the message text is
    /// escaped, and each value is escaped and marked up (dialling codes as `<code>`, links
    /// as `<a>`). Numbers stay Fluent numbers so plural rules still apply.
    pub fn rich(&self, id: &str, values: &BTreeMap<String, Value>) -> Result<String, I18nError> {
        let mut args = FluentArgs::new();
        let mut markup = Vec::new();
        for (name, value) in values {
            match value {
                Value::Number(n) => args.set(name.as_str(), FluentValue::from(*n)),
                other => {
                    // A private-use character cannot occur in a message or be escaped away.
                    let token = format!("\u{E000}{}\u{E001}", markup.len());
                    args.set(name.as_str(), token.clone());
                    markup.push((token, self.value_html(other)?));
                }
            }
        }
        let text = self.format(id, Some(&args))?;
        let mut html = escape(&text);
        for (token, value_html) in markup {
            html = html.replace(&token, &value_html);
        }
        Ok(html)
    }

    fn value_html(&self, value: &Value) -> Result<String, I18nError> {
        Ok(match value {
            Value::Number(n) => n.to_string(),
            Value::Text(text) => escape(&self.word(text)?),
            Value::List { list } => escape(&self.list(list)?),
            Value::Link { link, zh } => {
                // The host is shown; the link goes to the page in the reader's language
                // where the site has one.
                let target = match (self.lang, zh) {
                    (Lang::Zh, Some(zh)) => zh,
                    _ => link,
                };
                // Shown one way for every site: the host without "www.".
                let shown = link.split("://").nth(1).unwrap_or(link);
                let shown = shown
                    .strip_prefix("www.")
                    .unwrap_or(shown)
                    .trim_end_matches('/');
                format!(r#"<a href="{}">{}</a>"#, escape(target), escape(shown))
            }
            Value::Ussd { ussd } => self.ussd_html(ussd)?,
            Value::Tel { tel } => tel_html(tel),
            Value::Html(html) => html.clone(),
        })
    }

    /// A name from the facts file as the reader's language writes it: `@alipay` is the
    /// message `value-alipay` (支付宝 in Chinese); other names are shown as written.
    pub fn word(&self, name: &str) -> Result<String, I18nError> {
        match name.strip_prefix('@') {
            Some(id) => self.get(&format!("value-{id}")),
            None => Ok(name.to_owned()),
        }
    }

    /// Names joined the language's way: `list-separator` between all but the last two,
    /// then `list-and` (“A, B and C”, “A、B和C”, “A, B និង C”).
    pub fn list(&self, names: &[String]) -> Result<String, I18nError> {
        self.join(names, "list-and")
    }

    fn join(&self, names: &[String], last_two: &str) -> Result<String, I18nError> {
        let words = names
            .iter()
            .map(|name| self.word(name))
            .collect::<Result<Vec<_>, _>>()?;
        match words.as_slice() {
            [] => Ok(String::new()),
            [only] => Ok(only.clone()),
            [first @ .., last] => {
                let mut args = FluentArgs::new();
                args.set("first", first.join(&self.get("list-separator")?));
                args.set("last", last.clone());
                Ok(no_space_between_han(&self.format(last_two, Some(&args))?))
            }
        }
    }

    /// `*888*<card>#` → `*888*[card code]#`, for plain text such as a calendar entry; the
    /// brackets come from `ussd-placeholder-text` (Chinese and Khmer need none: their
    /// script stands out among the digits, *888*充值密码#).
    pub fn ussd_text(&self, pattern: &str) -> Result<String, I18nError> {
        self.ussd(
            pattern,
            |text| text.to_owned(),
            |name| self.with("ussd-placeholder-text", "name", name),
        )
    }

    /// `*888*<card>#` → `<code class="ussd">*888*<var>card code</var>#</code>`, with the
    /// placeholder named in the reader's language (`ussd-placeholder-card`).
    pub fn ussd_html(&self, pattern: &str) -> Result<String, I18nError> {
        // A code is never broken: the stylesheet gives it a line of its own.
        let inner = self.ussd(pattern, escape, |name| {
            Ok(format!("<var>{}</var>", escape(name)))
        })?;
        Ok(format!(r#"<code class="ussd">{inner}</code>"#))
    }

    /// A dialling code with its `<placeholder>`s named in the reader's language: literal
    /// parts go through `literal`, each placeholder's name through `placeholder`.
    fn ussd(
        &self,
        pattern: &str,
        literal: impl Fn(&str) -> String,
        placeholder: impl Fn(&str) -> Result<String, I18nError>,
    ) -> Result<String, I18nError> {
        let mut out = String::new();
        let mut rest = pattern;
        while let Some(start) = rest.find('<') {
            let end = rest[start..].find('>').map_or(rest.len(), |e| start + e);
            out.push_str(&literal(&rest[..start]));
            let name = self.get(&format!("ussd-placeholder-{}", &rest[start + 1..end]))?;
            out.push_str(&placeholder(&name)?);
            rest = rest.get(end + 1..).unwrap_or("");
        }
        out.push_str(&literal(rest));
        Ok(out)
    }
}

/// Chinese puts a space between a Han character and a Latin word, never between two Han
/// characters. `list-and` in Chinese (`{ $first } 和 { $last }`) is written for the Latin
/// names most lists hold; when an item next to the conjunction is itself Chinese (银联),
/// the space on that side goes: “Visa 和银联”, “银联和 Visa”. Other scripts are untouched.
fn no_space_between_han(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|&(i, &c)| {
            !(c == ' '
                && i > 0
                && chars.get(i + 1).is_some_and(|&next| is_han(next))
                && is_han(chars[i - 1]))
        })
        .map(|(_, &c)| c)
        .collect()
}

/// CJK Unified Ideographs and Extension A: every Han character the guide's Chinese uses.
fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}')
}

/// HTML-escapes text for element content and quoted attributes (askama's own escaper).
/// A phone number in `+855` form as a link a phone can call: `tel:+855979097097`.
pub fn tel_html(tel: &str) -> String {
    format!(
        r#"<a class="tel" href="{}">{}</a>"#,
        crate::content::tel_uri(tel),
        escape(tel)
    )
}

pub fn escape(text: &str) -> String {
    match askama::filters::escape(text, askama::filters::Html) {
        Ok(safe) => safe.to_string(),
        Err(never) => match never {},
    }
}

/// An amount or a count as each language writes it (issue 21): Chinese without digit groups,
/// in 万 where it is whole ten-thousands (5000瑞尔, 1万瑞尔); English and Khmer with a comma
/// between thousands (5,000 riel, 5,000 រៀល), as their style files say. Messages call it as
/// `AMOUNT($n)`.
pub fn format_amount(lang: Lang, n: i64) -> String {
    match lang {
        Lang::Zh if n >= 10_000 && n % 10_000 == 0 => format!("{}万", n / 10_000),
        Lang::Zh => n.to_string(),
        _ => {
            let digits = n.unsigned_abs().to_string();
            let mut grouped = String::new();
            for (i, digit) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i).is_multiple_of(3) {
                    grouped.push(',');
                }
                grouped.push(digit);
            }
            if n < 0 {
                grouped.insert(0, '-');
            }
            grouped
        }
    }
}
