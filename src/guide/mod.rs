//! The guide's pages, rendered once at start-up: [`overview`] (all companies, or one),
//! [`channel`] (one way to top up), [`compare`] (the companies side by side) and [`errors`]
//! (the 404 page and the language chooser). Their content is `crate::content` (the facts
//! file); their templates are `templates/{overview,channel,compare,not_found,language_chooser}.html`;
//! their messages `locales/*/{overview,channels,compare,errors}.ftl`.

pub mod channel;
pub mod compare;
pub mod errors;
pub mod overview;
