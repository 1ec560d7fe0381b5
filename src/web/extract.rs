//! Extractors shared by the routes, and [`FallThrough`], a route's "not mine".

use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::address::Address;
use crate::lang::Lang;

/// The language a route's path starts with (`/{lang}/…`). A path whose first segment is no
/// language of the guide is not the route's: it falls through to the pages (a 404 page in
/// the browser's language, or 405 to a POST).
impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Lang, Response> {
        Address::lang_of(parts.uri.path()).ok_or_else(|| {
            FallThrough {
                method: parts.method.clone(),
                path: parts.uri.path().to_owned(),
                headers: parts.headers.clone(),
            }
            .into_response()
        })
    }
}

/// A route's answer that says "not mine": the pages rendered at start-up answer this
/// request instead (the route table does it, see `crate::http`). Used for a path that is
/// not the route's after all, or a form asked for without its fields.
#[derive(Clone, Debug)]
pub struct FallThrough {
    pub method: Method,
    pub path: String,
    pub headers: HeaderMap,
}

impl FallThrough {
    pub fn of(request: &Request) -> Response {
        FallThrough {
            method: request.method().clone(),
            path: request.uri().path().to_owned(),
            headers: request.headers().clone(),
        }
        .into_response()
    }
}

impl IntoResponse for FallThrough {
    fn into_response(self) -> Response {
        let mut response = StatusCode::NOT_FOUND.into_response();
        response.extensions_mut().insert(self);
        response
    }
}
