//! Extractors shared by the routes.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::Response;

use super::AppState;
use super::pages::from_memory;
use crate::lang::Lang;

/// The language a route's path starts with (`/{lang}/…`). A path whose first segment is no
/// language of the guide is not the route's: it is answered as the pages answer it (a 404
/// page in the browser's language, or 405 to a POST).
impl FromRequestParts<AppState> for Lang {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Lang, Response> {
        crate::address::Address::lang_of(parts.uri.path()).ok_or_else(|| {
            from_memory(&state.site, &parts.method, parts.uri.path(), &parts.headers)
        })
    }
}
