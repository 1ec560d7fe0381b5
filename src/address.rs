//! The URL scheme: every page the guide serves, and how a path maps to one.
//!
//! ```text
//! /{lang}/                      overview, all operators
//! /{lang}/{operator}/           overview for one operator
//! /{lang}/{channel}/            a channel page, all operators
//! /{lang}/{operator}/{channel}/ a channel page for one operator
//! /{lang}/plan/             the renewal timeline and reminder (its form is a GET query)
//! /{lang}/compare/              the operators side by side
//! /{lang}/which-operator/       "Which company is my number?" (?number=…, answered per request)
//! /{lang}/offline/              what the service worker shows for a page it has not saved
//! /{lang}/manifest.webmanifest  the web app manifest (name, icons) of that language
//! /sw.js                        the service worker
//! ```
//! The operator filter lives in the path so a shared or bookmarked link, or a static
//! export, keeps it. Paths are built and parsed only here.

use crate::content::{Operator, Page};
use crate::lang::Lang;

const WHICH_OPERATOR: &str = "which-operator";
/// The service worker: at the root, so that its scope is the whole site.
pub const SERVICE_WORKER: &str = "/sw.js";
const WHICH_OPERATOR_TAIL: &str = "/which-operator/";

/// One page as a reader sees it: a page in a language, filtered to an operator or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Address {
    pub lang: Lang,
    pub page: Page,
    pub operator: Option<Operator>,
}

impl Address {
    pub fn new(lang: Lang, page: Page, operator: Option<Operator>) -> Address {
        Address {
            lang,
            page,
            operator,
        }
    }

    /// Every page the site serves.
    pub fn all() -> impl Iterator<Item = Address> {
        Lang::ALL.into_iter().flat_map(|lang| {
            Page::all().flat_map(move |page| {
                let filters = if page.has_operator_filter() {
                    Operator::ALL.len()
                } else {
                    0
                };
                std::iter::once(None)
                    .chain(Operator::ALL.into_iter().take(filters).map(Some))
                    .map(move |operator| Address::new(lang, page, operator))
            })
        })
    }

    /// The absolute path, always ending in `/`.
    pub fn path(&self) -> String {
        let mut path = format!("/{}/", self.lang.code());
        if let Some(operator) = self.operator {
            path.push_str(operator.slug());
            path.push('/');
        }
        if self.page != Page::Overview {
            path.push_str(self.page.slug());
            path.push('/');
        }
        path
    }

    /// The same page in another language.
    pub fn in_lang(self, lang: Lang) -> Address {
        Address { lang, ..self }
    }

    /// The same page with another operator filter.
    pub fn with_operator(self, operator: Option<Operator>) -> Address {
        Address { operator, ..self }
    }

    /// Parses a path such as `/km/smart/kiosk/`. The trailing `/` is required, as
    /// [`Address::path`] writes it.
    ///
    /// ```
    /// use keep_your_number::{address::Address, content::{Channel, Operator, Page}, lang::Lang};
    ///
    /// let kiosk = Address::parse("/km/smart/kiosk/").unwrap();
    /// assert_eq!((kiosk.lang, kiosk.page, kiosk.operator),
    ///            (Lang::Km, Page::Channel(Channel::Kiosk), Some(Operator::Smart)));
    /// assert_eq!(kiosk.in_lang(Lang::Zh).path(), "/zh/smart/kiosk/");
    /// assert_eq!(Address::parse("/km/kiosk/smart/"), None);
    /// ```
    pub fn parse(path: &str) -> Option<Address> {
        let inner = path.strip_prefix('/')?.strip_suffix('/')?;
        let mut segments = inner.split('/');
        let lang: Lang = segments.next()?.parse().ok()?;
        let rest: Vec<&str> = segments.collect();
        let page_of =
            |slug: &str| Page::all().find(|page| *page != Page::Overview && page.slug() == slug);
        let (operator, page) = match rest.as_slice() {
            [] => (None, Page::Overview),
            [one] => match one.parse::<Operator>() {
                Ok(op) => (Some(op), Page::Overview),
                Err(_) => (None, page_of(one)?),
            },
            [op, page] => (Some(op.parse().ok()?), page_of(page)?),
            _ => return None,
        };
        if operator.is_some() && !page.has_operator_filter() {
            return None;
        }
        Some(Address::new(lang, page, operator))
    }

    /// "Which company is my number?": the form's target (`?number=…`), answered per request
    /// and never rendered in advance, so not a [`Page`].
    pub fn which_operator(lang: Lang) -> String {
        format!("/{}/{WHICH_OPERATOR}/", lang.code())
    }

    /// The plan form (`/{lang}/plan/`), with the company filled in when there is one:
    /// `/{lang}/plan/?operator=smart`.
    pub fn plan(lang: Lang, operator: Option<crate::content::Operator>) -> String {
        with_company(format!("/{}/plan/", lang.code()), operator)
    }

    /// The slip's empty form (`/{lang}/plan/slip/`), with the company preselected when there
    /// is one: `/{lang}/plan/slip/?operator=smart`.
    pub fn slip_form(lang: Lang, operator: Option<crate::content::Operator>) -> String {
        with_company(format!("/{}/plan/slip/", lang.code()), operator)
    }

    /// The language of a `/{lang}/which-operator/` path; None for any other path.
    pub fn which_operator_lang(path: &str) -> Option<Lang> {
        let lang = path.strip_prefix('/')?.strip_suffix(WHICH_OPERATOR_TAIL)?;
        lang.parse().ok()
    }

    /// The page the service worker shows, offline, for a page it has not saved. Not a
    /// [`Page`]: it is not part of the guide, not in the sitemap, not indexed.
    pub fn offline(lang: Lang) -> String {
        format!("/{}/offline/", lang.code())
    }

    /// The web app manifest of a language, linked from every page in it.
    pub fn manifest(lang: Lang) -> String {
        format!("/{}/manifest.webmanifest", lang.code())
    }

    /// The language a path names in its first segment, valid page or not.
    pub fn lang_of(path: &str) -> Option<Lang> {
        path.trim_start_matches('/').split('/').next()?.parse().ok()
    }
}

/// A form's path with its company chosen (`?operator=smart`), or the bare path.
fn with_company(form: String, operator: Option<crate::content::Operator>) -> String {
    match operator {
        Some(op) => format!("{form}?operator={}", op.slug()),
        None => form,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Channel;

    #[test]
    fn every_path_parses_back_to_its_address() {
        let all: Vec<Address> = Address::all().collect();
        assert_eq!(all.len(), 3 * (5 * 6 + 2));
        for address in all {
            assert_eq!(
                Address::parse(&address.path()),
                Some(address),
                "{}",
                address.path()
            );
        }
    }

    #[test]
    fn which_operator_paths_parse_back_to_their_language() {
        for lang in Lang::ALL {
            let path = Address::which_operator(lang);
            assert_eq!(Address::which_operator_lang(&path), Some(lang), "{path}");
            assert_eq!(Address::parse(&path), None, "{path} is not a page");
        }
        for path in [
            "/en/which-operator",
            "/fr/which-operator/",
            "/en/smart/which-operator/",
            "/which-operator/",
        ] {
            assert_eq!(Address::which_operator_lang(path), None, "{path}");
        }
    }

    #[test]
    fn paths_read_lang_operator_channel() {
        let a = Address::new(
            Lang::Km,
            Page::Channel(Channel::Kiosk),
            Some(Operator::Smart),
        );
        assert_eq!(a.path(), "/km/smart/kiosk/");
        assert_eq!(Address::new(Lang::Zh, Page::Overview, None).path(), "/zh/");
    }

    #[test]
    fn malformed_paths_are_not_pages() {
        for path in [
            "",
            "/",
            "/en",
            "/fr/",
            "/en/qb/",
            "/en/kiosk/smart/",
            "/en/smart/smart/",
            "/en/smart/kiosk/x/",
            "/en//",
            "//en/",
            "/en/Kiosk/",
            "/en/kiosk",
        ] {
            assert_eq!(Address::parse(path), None, "{path}");
        }
    }
}
