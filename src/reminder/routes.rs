//! The reminder's two routes: `/{lang}/reminder/?operator=…&ends=…` (the reader's dates)
//! and `/{lang}/reminder/calendar.ics?…` (a calendar file with alerts before them).

use std::sync::Arc;

use axum::{
    extract::{Query, Request, State, rejection::QueryRejection},
    http::{HeaderValue, StatusCode, header},
    response::Response,
};

use super::ReminderQuery;
use super::view::ReminderState;
use crate::clock::Clock;
use crate::form::{Form, FormError};
use crate::lang::Lang;
use crate::layout::Views;
use crate::reminder;
use crate::web::extract::FallThrough;
use crate::web::respond::{accepted_coding, blocking, html, render_failed, send_rendered};

/// The reader's dates, or a 400 page with the form filled in again that says what to fix.
/// Without either field (a plain link to the form, perhaps with a tracking parameter) it is
/// the blank form, rendered at start-up.
pub async fn page(
    State(views): State<Arc<Views>>,
    State(clock): State<Clock>,
    lang: Lang,
    query: Result<Query<ReminderQuery>, QueryRejection>,
    request: Request,
) -> Response {
    if matches!(&query, Ok(Query(query)) if query.is_blank()) {
        return FallThrough::of(&request);
    }
    let query = fields(query);
    let accept = accepted_coding(request.headers());
    let today = clock.today();
    blocking(move || {
        let (status, view) = match checked(query, today) {
            Ok(request) => (StatusCode::OK, ReminderState::Answer(request)),
            Err((input, error)) => (
                StatusCode::BAD_REQUEST,
                ReminderState::Refused(input, error),
            ),
        };
        html(status, lang, views.renderer().reminder(lang, view), accept)
    })
    .await
}

/// A calendar file with the reader's validity date and alerts before it, or the form's
/// 400 page.
pub async fn calendar(
    State(views): State<Arc<Views>>,
    State(clock): State<Clock>,
    lang: Lang,
    query: Result<Query<ReminderQuery>, QueryRejection>,
    request: Request,
) -> Response {
    let query = fields(query);
    let accept = accepted_coding(request.headers());
    let today = clock.today();
    blocking(move || match checked(query, today) {
        Ok(request) => match views.renderer().calendar(lang, request) {
            Ok(ics) => {
                let mut response = send_rendered(
                    StatusCode::OK,
                    "text/calendar; charset=utf-8",
                    lang,
                    ics,
                    accept,
                );
                response.headers_mut().insert(
                    header::CONTENT_DISPOSITION,
                    HeaderValue::from_static("attachment; filename=\"top-up-reminder.ics\""),
                );
                response
            }
            Err(error) => render_failed(&error),
        },
        Err((input, error)) => html(
            StatusCode::BAD_REQUEST,
            lang,
            views
                .renderer()
                .reminder(lang, ReminderState::Refused(input, error)),
            accept,
        ),
    })
    .await
}

/// The form's fields, for the page and the calendar file alike. The only way they fail to
/// deserialize is one of them given twice.
fn fields(query: Result<Query<ReminderQuery>, QueryRejection>) -> Result<ReminderQuery, FormError> {
    query
        .map(|Query(query)| query)
        .map_err(|_| FormError::RepeatedField(Form::Reminder))
}

/// The form's fields checked against today, or what to show again with what to fix.
fn checked(
    query: Result<ReminderQuery, FormError>,
    today: chrono::NaiveDate,
) -> Result<reminder::ReminderRequest, (reminder::ReminderInput, FormError)> {
    query
        .map_err(|error| (reminder::ReminderInput::default(), error))
        .and_then(|query| reminder::check(query, today))
}
