//! The plan's routes: `/{lang}/plan/?operator=…&ends=…` (where the number stands and what
//! to do), `/{lang}/plan/calendar.ics?…` (a calendar file of the deadlines ahead),
//! `/{lang}/plan/slip/?…` (the slip for someone in Cambodia), and the reminder's old
//! addresses, moved here.

use std::sync::Arc;

use axum::{
    extract::{Query, RawQuery, Request, State, rejection::QueryRejection},
    http::{HeaderValue, StatusCode, Uri, header},
    response::{IntoResponse, Response},
};

use super::PlanQuery;
use super::view::{PlanState, SlipState};
use crate::clock::Clock;
use crate::form::{Form, FormError};
use crate::lang::Lang;
use crate::layout::Views;
use crate::plan;
use crate::web::extract::FallThrough;
use crate::web::respond::{accepted_coding, blocking, html, render_failed, send_rendered};

/// The reader's plan, or a 400 page with the form filled in again that says what to fix.
/// Without any field (a plain link to the form, perhaps with a tracking parameter) it is
/// the blank form, rendered at start-up; with only a company, the form with it chosen.
pub async fn page(
    State(views): State<Arc<Views>>,
    State(clock): State<Clock>,
    lang: Lang,
    query: Result<Query<PlanQuery>, QueryRejection>,
    request: Request,
) -> Response {
    if matches!(&query, Ok(Query(query)) if query.is_blank()) {
        return FallThrough::of(&request);
    }
    let company = match &query {
        Ok(Query(query)) => query.company_only(),
        Err(_) => None,
    };
    let query = fields(query);
    let accept = accepted_coding(request.headers());
    let now = clock.now();
    blocking(move || {
        if let Some(op) = company {
            let page = views.renderer().plan(lang, PlanState::Company(op));
            return html(StatusCode::OK, lang, page, accept);
        }
        let (status, view) = match checked(query, clock.today()) {
            Ok(request) => (StatusCode::OK, PlanState::Answer(request, now)),
            Err((input, error)) => (StatusCode::BAD_REQUEST, PlanState::Refused(input, error)),
        };
        html(status, lang, views.renderer().plan(lang, view), accept)
    })
    .await
}

/// A calendar file of the deadlines still ahead, or the form's 400 page. When every
/// deadline has passed there is nothing to put in a calendar: 303 to the plan, which says
/// what to do now.
pub async fn calendar(
    State(views): State<Arc<Views>>,
    State(clock): State<Clock>,
    lang: Lang,
    query: Result<Query<PlanQuery>, QueryRejection>,
    request: Request,
) -> Response {
    let query = fields(query);
    let accept = accepted_coding(request.headers());
    let now = clock.now();
    blocking(move || match checked(query, clock.today()) {
        Ok(request) => match views.renderer().calendar(lang, request, now) {
            Ok(Some(ics)) => {
                let mut response = send_rendered(
                    StatusCode::OK,
                    "text/calendar; charset=utf-8",
                    lang,
                    ics,
                    accept,
                );
                response.headers_mut().insert(
                    header::CONTENT_DISPOSITION,
                    HeaderValue::from_static("attachment; filename=\"top-up-plan.ics\""),
                );
                response
            }
            Ok(None) => see_other(&format!("/{}/plan/{}", lang.code(), request.query())),
            Err(error) => render_failed(&error),
        },
        Err((input, error)) => html(
            StatusCode::BAD_REQUEST,
            lang,
            views
                .renderer()
                .plan(lang, PlanState::Refused(input, error)),
            accept,
        ),
    })
    .await
}

/// The slip for someone in Cambodia, in their language; bad input: 400 with the form in
/// the reader's language. The number is in the link only: the answer is not stored
/// (`no-store`), sends no referrer, and the log line leaves the query out.
pub async fn slip(
    State(views): State<Arc<Views>>,
    lang: Lang,
    RawQuery(query): RawQuery,
    request: Request,
) -> Response {
    let accept = accepted_coding(request.headers());
    let mut response = blocking(move || {
        let query = query.as_deref().unwrap_or_default();
        let (status, state) = match plan::slip::blank_form(query) {
            Some(input) => (StatusCode::OK, SlipState::Blank(input)),
            None => match plan::slip::parse_query(query) {
                Ok(slip) => (StatusCode::OK, SlipState::Slip(slip)),
                Err((input, error)) => (StatusCode::BAD_REQUEST, SlipState::Refused(input, error)),
            },
        };
        html(status, lang, views.renderer().slip(lang, state), accept)
    })
    .await;
    response.headers_mut().insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}

/// The reminder's old addresses: 301 to the same path and query under `/{lang}/plan/`.
pub async fn moved(lang: Lang, uri: Uri) -> Response {
    let tail = uri
        .path()
        .strip_prefix(&format!("/{}/reminder/", lang.code()))
        .unwrap_or_default();
    let query = uri.query().map(|q| format!("?{q}")).unwrap_or_default();
    let to = format!("/{}/plan/{tail}{query}", lang.code());
    match HeaderValue::from_str(&to) {
        Ok(location) => (
            StatusCode::MOVED_PERMANENTLY,
            [(header::LOCATION, location)],
        )
            .into_response(),
        Err(_) => StatusCode::BAD_REQUEST.into_response(),
    }
}

fn see_other(to: &str) -> Response {
    match HeaderValue::from_str(to) {
        Ok(location) => (
            StatusCode::SEE_OTHER,
            [
                (header::LOCATION, location),
                (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
            ],
        )
            .into_response(),
        Err(error) => render_failed(&error),
    }
}

/// The form's fields, for the page and the calendar file alike. The only way they fail to
/// deserialize is one of them given twice.
fn fields(query: Result<Query<PlanQuery>, QueryRejection>) -> Result<PlanQuery, FormError> {
    query
        .map(|Query(query)| query)
        .map_err(|_| FormError::RepeatedField(Form::Plan))
}

/// The form's fields checked against today, or what to show again with what to fix.
fn checked(
    query: Result<PlanQuery, FormError>,
    today: chrono::NaiveDate,
) -> Result<plan::PlanRequest, (plan::PlanInput, FormError)> {
    query
        .map_err(|error| (plan::PlanInput::default(), error))
        .and_then(|query| plan::check(query, today))
}
