//! `POST /{lang}/report/` (the form at the foot of every page) and
//! `GET /{lang}/report/thanks/?page=…`, the page a sent report leads to.
//!
//! A report is checked in this order, each refusal a page in the reader's language with
//! the form filled in again where there is something to fill it with:
//! 403 from another site · 413 over 8 KiB · 400 not a valid form · 429 over the rate limit ·
//! 303 thanks for a filled honeypot (nothing stored) · 503 the database failed · 303 thanks
//! once the report is committed.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;

use axum::{
    body::Body,
    extract::{ConnectInfo, Request, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use fluent_bundle::{FluentArgs, FluentValue};
use http_body_util::{BodyExt, LengthLimitError, Limited};

use super::{
    MAX_BODY_BYTES, ReportInput, Reports, Submission, is_form_content_type, limit, parse_form,
};
use crate::address::Address;
use crate::form::FormError;
use crate::lang::Lang;
use crate::layout::Views;
use crate::layout::report_form::thanks_path;
use crate::web::respond::{accepted_coding, blocking, html};

#[derive(Clone)]
pub struct ReportState {
    pub views: Arc<Views>,
    /// None: no database (the plain `app()`); reports get 503.
    pub reports: Option<Reports>,
}

/// Why a report was not stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Refusal {
    Input(FormError),
    CrossSite,
    TooLarge,
    /// The body did not arrive whole within the body timeout.
    TimedOut,
    TooMany {
        seconds: u64,
    },
    Unavailable,
}

impl Refusal {
    fn status(self) -> StatusCode {
        match self {
            Refusal::Input(_) => StatusCode::BAD_REQUEST,
            Refusal::CrossSite => StatusCode::FORBIDDEN,
            Refusal::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Refusal::TimedOut => StatusCode::REQUEST_TIMEOUT,
            Refusal::TooMany { .. } => StatusCode::TOO_MANY_REQUESTS,
            Refusal::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    fn message_id(self) -> &'static str {
        match self {
            Refusal::Input(error) => error.message_id(),
            Refusal::CrossSite => "report-error-cross-site",
            Refusal::TooLarge => "report-error-too-large",
            Refusal::TimedOut => "report-error-timed-out",
            Refusal::TooMany { .. } => "report-error-too-many",
            Refusal::Unavailable => "report-error-unavailable",
        }
    }

    /// `Retry-After`, in seconds.
    fn retry_after(self) -> Option<u64> {
        match self {
            Refusal::TooMany { seconds } => Some(seconds),
            Refusal::Unavailable => Some(60),
            _ => None,
        }
    }
}

/// A POST from a page of another site: its `Sec-Fetch-Site` says so, or its `Origin`
/// (scheme, host and port) is not the site's public origin. The request's own `Host` is
/// not trusted for this: a page on a domain that resolves to this server (DNS rebinding)
/// sends a `Host` of its own name. Requests without either header (not from a browser)
/// pass.
fn from_another_site(headers: &HeaderMap, public_origin: &str) -> bool {
    let text = |name| {
        headers
            .get(name)
            .map(|v: &HeaderValue| v.to_str().unwrap_or(""))
    };
    if let Some(site) = text(header::HeaderName::from_static("sec-fetch-site"))
        && !matches!(site, "same-origin" | "none")
    {
        return true;
    }
    match text(header::ORIGIN) {
        None => false,
        Some(origin) => !same_origin(origin, public_origin),
    }
}

/// Whether `origin` (an `Origin` header) is `public_origin`, compared as origins: scheme,
/// host and port, with the scheme's default port implied and case ignored where URLs
/// ignore it. `null` and anything not a URL are another site.
fn same_origin(origin: &str, public_origin: &str) -> bool {
    let parse = |text: &str| url::Url::parse(text).ok().map(|url| url.origin());
    match (parse(origin), parse(public_origin)) {
        (Some(origin), Some(public)) => origin.is_tuple() && origin == public,
        _ => false,
    }
}

/// The peer's address, as the server recorded it; tests without a socket share one.
fn peer_address(request: &Request) -> IpAddr {
    request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |info| info.0.ip())
}

/// The body, if it is at most [`MAX_BODY_BYTES`].
async fn read_body(body: Body, headers: &HeaderMap) -> Result<bytes::Bytes, Refusal> {
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > MAX_BODY_BYTES as u64) {
        return Err(Refusal::TooLarge);
    }
    match Limited::new(body, MAX_BODY_BYTES).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(error) if error.downcast_ref::<LengthLimitError>().is_some() => Err(Refusal::TooLarge),
        Err(error) if crate::web::respond::is_body_timeout(error.as_ref()) => {
            Err(Refusal::TimedOut)
        }
        // The client went away or sent a broken body.
        Err(_) => Err(Refusal::Input(FormError::BadEncoding)),
    }
}

/// `POST /{lang}/report/`.
pub async fn submit(State(state): State<ReportState>, lang: Lang, request: Request) -> Response {
    let headers = request.headers().clone();
    match accept(&state, lang, request).await {
        Ok(page) => see_thanks(lang, page.as_deref()),
        Err((input, refusal)) => refused(state.views, lang, input, refusal, &headers).await,
    }
}

/// Checks a report and stores it; the page to thank the reader for, or why not.
async fn accept(
    state: &ReportState,
    lang: Lang,
    request: Request,
) -> Result<Option<String>, (ReportInput, Refusal)> {
    let blank = |refusal| (ReportInput::default(), refusal);
    let origin = &state.views.config.origin;
    if from_another_site(request.headers(), origin) {
        return Err(blank(Refusal::CrossSite));
    }
    let peer = peer_address(&request);
    let (parts, body) = request.into_parts();
    let body = read_body(body, &parts.headers).await.map_err(blank)?;
    let content_type = parts.headers.get(header::CONTENT_TYPE);
    if !is_form_content_type(content_type.and_then(|v| v.to_str().ok())) {
        return Err(blank(Refusal::Input(FormError::NotAForm)));
    }
    let is_page = |path: &str| Address::parse(path).is_some();
    let submission =
        parse_form(lang, &body, is_page).map_err(|(input, e)| (input, Refusal::Input(e)))?;
    let Some(reports) = &state.reports else {
        tracing::error!("report not stored, answered 503: the server has no reports database");
        return Err((input_of(&submission), Refusal::Unavailable));
    };
    let address = limit::client_of(peer, &parts.headers, &reports.trusted_proxies);
    if let Err(seconds) = reports.limiter.try_acquire(address, reports.clock.now()) {
        return Err((input_of(&submission), Refusal::TooMany { seconds }));
    }
    let report = match submission {
        Submission::Honeypot { page } => return Ok(Some(page).filter(|p| is_page(p))),
        Submission::Report(report) => report,
    };
    let page = report.page.clone();
    match reports.store(report.clone()).await {
        Ok(_) => Ok(Some(page)),
        Err(error) => {
            reports.limiter.release(address);
            tracing::error!(
                backend = reports.store.backend(),
                "report not stored, answered 503: {error}"
            );
            Err((
                ReportInput {
                    page,
                    kind: report.kind.slug().to_owned(),
                    details: report.details,
                    contact: report.contact.unwrap_or_default(),
                },
                Refusal::Unavailable,
            ))
        }
    }
}

/// What to fill the form with again.
fn input_of(submission: &Submission) -> ReportInput {
    match submission {
        Submission::Honeypot { .. } => ReportInput::default(),
        Submission::Report(report) => ReportInput {
            page: report.page.clone(),
            kind: report.kind.slug().to_owned(),
            details: report.details.clone(),
            contact: report.contact.clone().unwrap_or_default(),
        },
    }
}

/// 303 to the thanks page, which links back to `page`.
fn see_thanks(lang: Lang, page: Option<&str>) -> Response {
    let mut location = thanks_path(lang);
    if let Some(page) = page {
        location.push_str("?page=");
        location.extend(form_urlencoded::byte_serialize(page.as_bytes()));
    }
    (
        StatusCode::SEE_OTHER,
        [
            (header::LOCATION, location),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
    )
        .into_response()
}

/// The form again with what to fix, rendered off the connection worker.
async fn refused(
    views: Arc<Views>,
    lang: Lang,
    input: ReportInput,
    refusal: Refusal,
    headers: &HeaderMap,
) -> Response {
    let accept = accepted_coding(headers);
    blocking(move || {
        let mut args = FluentArgs::new();
        if let Refusal::TooMany { seconds } = refusal {
            args.set("minutes", FluentValue::from(seconds.div_ceil(60)));
        }
        let page = views
            .renderer()
            .report_refused(lang, &input, refusal.message_id(), Some(&args));
        let mut response = html(refusal.status(), lang, page, accept);
        if let Some(seconds) = refusal.retry_after() {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    })
    .await
}

/// `GET /{lang}/report/thanks/?page=…`.
pub async fn thanks(State(views): State<Arc<Views>>, lang: Lang, request: Request) -> Response {
    let query = request.uri().query().unwrap_or_default();
    let page = form_urlencoded::parse(query.as_bytes())
        .find(|(name, _)| name == "page")
        .map(|(_, value)| value.into_owned());
    let accept = accepted_coding(request.headers());
    blocking(move || {
        let page = views.renderer().report_thanks(lang, page.as_deref());
        html(StatusCode::OK, lang, page, accept)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_site_is_told_by_sec_fetch_site_or_origin() {
        let headers = |pairs: &[(&'static str, &'static str)]| {
            let mut map = HeaderMap::new();
            for (name, value) in pairs {
                map.insert(*name, HeaderValue::from_static(value));
            }
            map
        };
        let origin = "https://guide.example";
        for ok in [
            headers(&[]),
            headers(&[("sec-fetch-site", "same-origin")]),
            headers(&[("sec-fetch-site", "none")]),
            headers(&[("origin", "https://guide.example")]),
            headers(&[("origin", "https://GUIDE.example:443")]),
        ] {
            assert!(!from_another_site(&ok, origin), "{ok:?}");
        }
        for bad in [
            headers(&[("sec-fetch-site", "cross-site")]),
            headers(&[("sec-fetch-site", "same-site")]),
            headers(&[("origin", "https://evil.example")]),
            headers(&[("origin", "null")]),
            headers(&[
                ("origin", "https://evil.example"),
                ("host", "guide.example"),
            ]),
            headers(&[
                ("sec-fetch-site", "cross-site"),
                ("origin", "https://guide.example"),
            ]),
            // Another scheme or port is another origin.
            headers(&[("origin", "http://guide.example")]),
            headers(&[("origin", "https://guide.example:8443")]),
            headers(&[("origin", "https://guide.example.evil.example")]),
            // A DNS-rebinding page: its Origin is the Host it sent, not the site's.
            headers(&[
                ("origin", "http://rebind.example:3000"),
                ("host", "rebind.example:3000"),
            ]),
            headers(&[
                ("origin", "http://127.0.0.1:3000"),
                ("host", "127.0.0.1:3000"),
            ]),
        ] {
            assert!(from_another_site(&bad, origin), "{bad:?}");
        }
    }
}
