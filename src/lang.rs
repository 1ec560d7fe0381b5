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
        let requested = accepted_languages::parse(accept_language);
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
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse(), Ok(lang));
        }
        assert_eq!("fr".parse::<Lang>(), Err(UnknownLang));
        assert_eq!("ZH".parse::<Lang>(), Err(UnknownLang));
    }
}
