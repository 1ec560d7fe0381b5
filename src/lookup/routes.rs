//! `/{lang}/which-operator/?number=…`: which company the number's prefix was assigned to,
//! that it is not in the list, or the form again with what to fix (400). Only the prefix is
//! used; the answer is never stored (`no-store`) and sends no referrer, and the log line,
//! like every log line, leaves the query out.

use std::sync::Arc;

use axum::{
    extract::{RawQuery, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::Response,
};

use crate::lang::Lang;
use crate::layout::Views;
use crate::lookup::{self, Outcome};
use crate::web::respond::{accepted_coding, blocking, html};

pub async fn answer(
    State(views): State<Arc<Views>>,
    lang: Lang,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let accept = accepted_coding(&headers);
    let mut response = blocking(move || {
        let renderer = views.renderer();
        let outcome = lookup::answer(renderer.facts, query.as_deref().unwrap_or_default());
        let status = match outcome {
            Outcome::Refused { .. } => StatusCode::BAD_REQUEST,
            _ => StatusCode::OK,
        };
        html(
            status,
            lang,
            renderer.which_operator(lang, &outcome),
            accept,
        )
    })
    .await;
    response.headers_mut().insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}
