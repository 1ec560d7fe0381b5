//! What the routes of every feature share, below them: building responses ([`respond`]),
//! the `Lang` extractor and the "not mine" answer ([`extract`]), and a response body with
//! its compressed forms, ETags and caching ([`asset`]).

pub mod asset;
pub mod extract;
pub mod respond;
