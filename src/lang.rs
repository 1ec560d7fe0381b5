//! The guide's three languages and how a request's `Accept-Language` picks one.

use std::{fmt, str::FromStr};

use fluent_langneg::{NegotiationStrategy, accepted_languages, negotiate_languages};
use unic_langid::{LanguageIdentifier, langid};

/// A language the guide is written in. Closed: anything else in a URL is a 404.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Zh,
    En,
    Km,
}

impl Lang {
    /// In the order the language switch shows them.
    pub const ALL: [Lang; 3] = [Lang::Zh, Lang::En, Lang::Km];
    /// The language readers get when nothing they ask for matches.
    pub const DEFAULT: Lang = Lang::En;

    /// The first segment of the language's URLs, and its locales/ folder.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Km => "km",
        }
    }

    /// BCP 47 tag for `<html lang>`, `hreflang` and `Content-Language`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-Hans",
            Lang::En => "en",
            Lang::Km => "km",
        }
    }

    /// Open Graph locale (`og:locale`).
    pub fn og_locale(self) -> &'static str {
        match self {
            Lang::Zh => "zh_CN",
            Lang::En => "en_US",
            Lang::Km => "km_KH",
        }
    }

    /// The language's name in itself, for the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Zh => "中文",
            Lang::En => "English",
            Lang::Km => "ខ្មែរ",
        }
    }

    pub fn langid(self) -> LanguageIdentifier {
        match self {
            Lang::Zh => langid!("zh-Hans"),
            Lang::En => langid!("en"),
            Lang::Km => langid!("km"),
        }
    }

    /// Picks the guide's language for an `Accept-Language` header value.
    pub fn negotiate(accept_language: &str) -> Lang {
        let requested = requested_languages(accept_language);
        let available: Vec<LanguageIdentifier> = Lang::ALL.iter().map(|l| l.langid()).collect();
        let default = Lang::DEFAULT.langid();
        let chosen = negotiate_languages(
            &requested,
            &available,
            Some(&default),
            NegotiationStrategy::Lookup,
        );
        chosen
            .first()
            .and_then(|id| Lang::ALL.into_iter().find(|l| l.langid() == **id))
            .unwrap_or(Lang::DEFAULT)
    }
}

/// The header's languages, most wanted first. fluent-langneg's parser keeps the header's
/// order and drops the q-values, so they are read here: a stable sort by q, and a language
/// marked `q=0` (“not this one”) is left out. Chinese in any script or region (zh-TW,
/// zh-Hant-HK) asks for the guide's Chinese: it is in Simplified characters, which such a
/// reader still reads more easily than the English default.
fn requested_languages(accept_language: &str) -> Vec<LanguageIdentifier> {
    let mut weighted: Vec<(f32, LanguageIdentifier)> = accept_language
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';').map(str::trim);
            let tag = parts.next()?;
            let q = match parts.find_map(|p| p.strip_prefix("q=").or(p.strip_prefix("Q="))) {
                Some(q) => q.parse::<f32>().ok().filter(|q| (0.0..=1.0).contains(q))?,
                None => 1.0,
            };
            let [mut id] = accepted_languages::parse(tag).try_into().ok()?;
            if id.language.as_str() == "zh" {
                id = Lang::Zh.langid();
            }
            (q > 0.0).then_some((q, id))
        })
        .collect();
    weighted.sort_by(|a, b| b.0.total_cmp(&a.0));
    weighted.into_iter().map(|(_, id)| id).collect()
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct UnknownLang;

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == s)
            .ok_or(UnknownLang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn q_values_order_the_choice_and_zero_refuses_a_language() {
        assert_eq!(Lang::negotiate("km;q=0, en"), Lang::En);
        assert_eq!(Lang::negotiate("en;q=0.5, km"), Lang::Km);
        assert_eq!(Lang::negotiate("fr, en;q=0.3, km;q=0.7"), Lang::Km);
        assert_eq!(Lang::negotiate("zh;q=0.8, km;q=0.8"), Lang::Zh);
        assert_eq!(Lang::negotiate("km;q=2, zh;q=0.1"), Lang::Zh);
        assert_eq!(Lang::negotiate("km;q=abc"), Lang::DEFAULT);
    }

    #[test]
    fn chinese_in_any_script_or_region_gets_the_chinese_guide() {
        for header in [
            "zh-TW",
            "zh-HK,en;q=0.5",
            "zh-Hant-TW",
            "zh-Hans-SG",
            "ZH-tw",
        ] {
            assert_eq!(Lang::negotiate(header), Lang::Zh, "{header}");
        }
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse(), Ok(lang));
        }
        assert_eq!("fr".parse::<Lang>(), Err(UnknownLang));
        assert_eq!("ZH".parse::<Lang>(), Err(UnknownLang));
    }
}
