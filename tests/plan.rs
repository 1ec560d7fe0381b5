//! The plan (issue 20, point 3): where a number stands today at each stage boundary for
//! each company and language, the timeline's "today" marker, what to do from where the
//! reader is, keeping the number through an absence, the calendar file, the slip for
//! someone in Cambodia, and the reminder's old addresses. "Today" is the tests' fixed
//! clock (2026-11-25, noon in Cambodia).

mod common;

use chrono::{DateTime, Days, NaiveDate, Utc};
use common::{decode_qr_svg, get, request, today, visible_text};
use keep_your_number::i18n::Locales;
use keep_your_number::lang::Lang;
use keep_your_number::layout::format_date;

const OPERATORS: [&str; 5] = ["smart", "metfone", "cellcard", "cootel", "seatel"];
const BOUNDARIES: [i64; 9] = [-30, 0, 1, 60, 61, 90, 91, 180, 181];

/// The validity end date that makes today day `n`.
fn ends_for_day(n: i64) -> NaiveDate {
    today() - chrono::Duration::days(n)
}

fn iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// The stage each company's number is in on day `n`, by facts.md: 60 days outgoing
/// blocked, 30 all blocked, then the regulator's resale window (to day 180), Metfone's
/// restore window (to day 180), or Cellcard's "may be deleted" (from day 91, no end).
fn expected_stage(operator: &str, n: i64) -> &'static str {
    match n {
        ..=0 => "valid",
        1..=60 => "outgoing",
        61..=90 => "incoming",
        _ => match operator {
            "cellcard" => "deleted",
            _ if n > 180 => "past",
            "metfone" => "restore",
            _ => "resale",
        },
    }
}

/// The text of the element that starts with `opening`, up to its closing `tag`.
fn element<'a>(body: &'a str, opening: &str, tag: &str) -> &'a str {
    let start = body
        .find(opening)
        .unwrap_or_else(|| panic!("no {opening} in {body}"));
    let end = start + body[start..].find(&format!("</{tag}>")).expect("closed");
    &body[start..end]
}

#[tokio::test]
async fn today_says_where_the_number_stands_at_each_boundary_for_each_company_in_each_language() {
    let locales = Locales::built_in().unwrap();
    for lang in Lang::ALL {
        let t = locales.translator(lang);
        let code = lang.code();
        for operator in OPERATORS {
            for n in BOUNDARIES {
                let ends = ends_for_day(n);
                let uri = format!("/{code}/plan/?operator={operator}&ends={}", iso(ends));
                let answer = get(&uri).await;
                assert_eq!(answer.status, 200, "{uri}");
                let stage = expected_stage(operator, n);
                let section = element(
                    &answer.body,
                    &format!("<section id=\"today\" data-day=\"{n}\" data-stage=\"{stage}\""),
                    "section",
                );
                let text = visible_text(section);
                // Today's date in Cambodia heads it.
                assert!(
                    text.contains(&format_date(&t, today()).unwrap()),
                    "{uri}: {text}"
                );
                // The answer comes before the form, which folds away.
                let today_at = answer.body.find("id=\"today\"").unwrap();
                let form_at = answer.body.find("<details class=\"plan-change\">").unwrap();
                assert!(today_at < form_at, "{uri}");
                match stage {
                    "valid" if n < 0 => {
                        assert!(text.contains(&format_date(&t, ends).unwrap()), "{uri}");
                        assert!(text.contains(&(-n).to_string()), "{uri}: days left");
                    }
                    "valid" => assert!(
                        text.contains(&t.get("plan-today-last-day").unwrap()),
                        "{uri}: {text}"
                    ),
                    _ => {
                        if stage != "past" {
                            let title = t.get(&format!("stage-{stage}-title")).unwrap();
                            assert!(text.contains(&title), "{uri}: {text}");
                        }
                        // Codes arrive until day 60: its date is given while they do.
                        let day_60 = format_date(&t, ends + Days::new(60)).unwrap();
                        assert_eq!(text.contains(&day_60), n <= 60, "{uri}: {text}");
                        // When the next stage begins (day 61, day 91), or the stage's last
                        // day where no stage follows it.
                        let day = match (operator, stage) {
                            (_, "outgoing") => Some(61),
                            (_, "incoming") => Some(91),
                            ("cellcard", _) | (_, "past") => None,
                            _ => Some(180),
                        };
                        if let Some(day) = day {
                            let date = format_date(&t, ends + Days::new(day)).unwrap();
                            assert!(text.contains(&date), "{uri}: day {day}: {text}");
                        }
                        if matches!(stage, "restore" | "deleted" | "resale" | "past") {
                            // Whom to ask: Metfone's hotline, Cellcard's, Smart's website,
                            // or a store.
                            let contact = match operator {
                                "metfone" => "1777",
                                "cellcard" => "812",
                                "smart" => "smart.com.kh",
                                _ => "",
                            };
                            assert!(text.contains(contact), "{uri}: {text}");
                        }
                    }
                }
            }
        }
    }
}

#[tokio::test]
async fn the_timeline_marks_today_on_the_stage_that_holds_it() {
    let marker = regex::Regex::new(r#"<li class="stage( stage-([a-z]+))? is-today""#).unwrap();
    for operator in OPERATORS {
        for n in BOUNDARIES {
            let uri = format!(
                "/en/plan/?operator={operator}&ends={}",
                iso(ends_for_day(n))
            );
            let body = get(&uri).await.body;
            let timeline = element(&body, "<ol class=\"timeline\">", "ol");
            assert_eq!(
                timeline.matches("aria-current=\"step\"").count(),
                1,
                "{uri}"
            );
            let marked = marker
                .captures(timeline)
                .unwrap_or_else(|| panic!("{uri}: {timeline}"));
            let expected = match expected_stage(operator, n) {
                "valid" => Some("ends"),
                "past" => None,
                stage => Some(stage),
            };
            assert_eq!(marked.get(2).map(|m| m.as_str()), expected, "{uri}");
            assert!(timeline.contains(">You are here</span>"), "{uri}");
            // Every stage before today's is marked as over, none after it; a past last
            // valid day no longer asks for a top-up by its end.
            let stages: Vec<&str> = timeline.split("<li class=\"stage").skip(1).collect();
            let today_at = stages.iter().position(|s| s.contains(" is-today"));
            for (i, stage) in stages.iter().enumerate() {
                let over = today_at.is_none_or(|t| i < t);
                assert_eq!(stage.contains(" is-past"), over, "{uri}: stage {i}");
                assert_eq!(stage.contains(">Over</span>"), over, "{uri}: stage {i}");
            }
            if today_at.is_none_or(|t| t > 0) {
                assert!(
                    timeline.contains("The last day your number was valid."),
                    "{uri}"
                );
                assert!(
                    !timeline.contains("Top up by the end of this day."),
                    "{uri}"
                );
            }
        }
    }
}

#[tokio::test]
async fn what_to_do_now_shows_only_the_ways_that_work_where_the_reader_is() {
    let locales = Locales::built_in().unwrap();
    let ends = iso(ends_for_day(-10));
    // Without `where`: both places, Cambodia first.
    let both = get(&format!("/en/plan/?operator=metfone&ends={ends}"))
        .await
        .body;
    let cambodia = both.find("id=\"now-cambodia\"").expect("Cambodia");
    let abroad = both.find("id=\"now-abroad\"").expect("abroad");
    assert!(cambodia < abroad);
    // Abroad only: Metfone's portal (confirmed) and ABA Mobile (reported, so tagged); no
    // kiosk or shop.
    let metfone = get(&format!(
        "/en/plan/?operator=metfone&ends={ends}&where=abroad"
    ))
    .await;
    let now = element(&metfone.body, "<section id=\"now\"", "section");
    assert!(!now.contains("now-cambodia") && now.contains("now-abroad"));
    assert!(now.contains("pay.metfone.com.kh"), "{now}");
    assert!(
        now.contains("ABA Mobile") && now.contains("tag-unconfirmed"),
        "{now}"
    );
    assert!(!now.contains("/metfone/kiosk/") && !now.contains("not known"));
    // Issue 21: a reported way from abroad (ABA Mobile, for every company its menu lists,
    // Seatel included) is shown with its tag and never contradicted; where no way is known
    // (CooTel), that is said plainly. Either way the slip is pointed to.
    for (operator, name) in [
        ("smart", "Smart"),
        ("cellcard", "Cellcard"),
        ("seatel", "Seatel"),
        ("cootel", "CooTel"),
    ] {
        let body = get(&format!(
            "/en/plan/?operator={operator}&ends={ends}&where=abroad"
        ))
        .await
        .body;
        let now = element(&body, "<section id=\"now\"", "section");
        let not_known = format!("Topping up {name} from abroad: not known.");
        if operator == "cootel" {
            assert!(visible_text(now).contains(&not_known), "{operator}: {now}");
            assert!(!now.contains("ABA Mobile"), "{operator}");
        } else {
            assert!(!visible_text(now).contains(&not_known), "{operator}: {now}");
            assert!(
                now.contains("ABA Mobile") && now.contains("tag-unconfirmed"),
                "{operator}: {now}"
            );
        }
        assert!(now.contains("href=\"#slip\""), "{operator}");
        assert!(body.contains("<section id=\"slip\""), "{operator}");
    }
    // In Cambodia only: the company's card code with its confidence, and its four ways.
    let body = get(&format!(
        "/en/plan/?operator=cellcard&ends={ends}&where=cambodia"
    ))
    .await
    .body;
    let now = element(&body, "<section id=\"now\"", "section");
    assert!(!now.contains("now-abroad"));
    assert!(
        now.contains("*123*<var>") && now.contains("tag-unconfirmed"),
        "{now}"
    );
    for channel in ["store", "kiosk", "online", "shop"] {
        assert!(
            now.contains(&format!("href=\"/en/cellcard/{channel}/\"")),
            "{channel}"
        );
    }
    // zh and km say it in their words.
    let zh = get(&format!(
        "/zh/plan/?operator=cootel&ends={ends}&where=abroad"
    ))
    .await;
    let zh_none = locales
        .translator(Lang::Zh)
        .with("plan-abroad-none", "operator", "CooTel")
        .unwrap();
    assert!(visible_text(&zh.body).contains(&zh_none), "{zh_none}");
    let bad = get(&format!("/km/plan/?operator=seatel&ends={ends}&where=mars")).await;
    assert_eq!(bad.status, 400);
    assert!(visible_text(&bad.body).contains("សូមជ្រើសកន្លែងដែលអ្នកនៅពីក្នុងបញ្ជី"));
}

/// The rows of the absence tables: (caption, [(by, amount, until)], total).
fn absence_tables(body: &str) -> Vec<(String, Vec<[String; 3]>, String)> {
    let section = element(body, "<section id=\"away\"", "section");
    let table = regex::Regex::new(r"(?s)<table class=.plan-option.>(.*?)</table>").unwrap();
    let caption = regex::Regex::new(r"<caption>(.*?)</caption>").unwrap();
    let row = regex::Regex::new(r"<tr><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>").unwrap();
    let total = regex::Regex::new(r#"<td colspan="3">(.*?)</td>"#).unwrap();
    table
        .captures_iter(section)
        .map(|t| {
            let inner = &t[1];
            (
                caption.captures(inner).unwrap()[1].to_owned(),
                row.captures_iter(inner)
                    .map(|r| [r[1].to_owned(), r[2].to_owned(), r[3].to_owned()])
                    .collect(),
                total.captures(inner).unwrap()[1].to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn smart_gets_fewest_top_ups_and_lowest_cost_side_by_side_with_a_years_cost() {
    // Validity ends in 10 days; back in 200 days: 190 more days are needed.
    let ends = today() + Days::new(10);
    let back = today() + Days::new(200);
    let uri = format!(
        "/en/plan/?operator=smart&ends={}&away_until={}",
        iso(ends),
        iso(back)
    );
    let body = get(&uri).await.body;
    let tables = absence_tables(&body);
    assert_eq!(tables.len(), 2, "{body}");
    let (fewest, cheapest) = (&tables[0], &tables[1]);
    assert_eq!(fewest.0, "Fewest top-ups");
    assert_eq!(cheapest.0, "Lowest cost");
    // One $50 card (200 days, counted from the day it is made) reaches day 199 ≥ 190.
    assert_eq!(fewest.1.len(), 1, "{fewest:?}");
    assert_eq!(fewest.1[0][1], "$50, scratch card");
    let locales = Locales::built_in().unwrap();
    let en = locales.translator(Lang::En);
    assert_eq!(
        fewest.1[0][0],
        format_date(&en, ends).unwrap(),
        "due on the last valid day"
    );
    assert_eq!(fewest.2, "Total: $50 in 1 top-up");
    // Lowest cost: a $5 card adds 39 days, the most per dollar (7.8; no other amount adds
    // more than 7 a dollar), so 190 days cost at least 190 / 7.8 = $24.36; amounts go by
    // 50 cents, and $24.50 cannot reach 190 (at most 4 cards and $4.50 more: 156 + 29).
    // Five $5 cards (195 days) for $25 is the minimum.
    assert_eq!(cheapest.2, "Total: $25 in 5 top-ups");
    assert!(cheapest.1.iter().all(|row| row[1] == "$5, scratch card"));
    // Each top-up is due on the day the one before it leaves as the last valid day, and
    // the last one lasts until the return.
    for option in &tables {
        for pair in option.1.windows(2) {
            assert_eq!(pair[0][2], pair[1][0], "{option:?}");
        }
    }
    let text = visible_text(&body);
    assert!(
        text.contains("counted here from the day it is made"),
        "{text}"
    );
    // A year for the least: 365 days at 39 a $5 card cost at least $46.79, so $47 by 50
    // cents; nine $5 cards (351 days) and $2 online (14 more) reach 365 for $47.
    assert!(
        text.contains("The lowest cost to keep a Smart number for a year: $47."),
        "{text}"
    );
}

#[tokio::test]
async fn where_days_per_amount_are_unknown_the_plan_goes_by_end_dates() {
    let ends = today() + Days::new(5);
    let back = today() + Days::new(400);
    for (lang, needle) in [
        (
            "en",
            "How many days each amount gives is not known for Metfone",
        ),
        ("zh", "Metfone 充多少钱能用多少天，目前不清楚"),
        ("km", "សម្រាប់លេខ Metfone ទេ"),
    ] {
        let body = get(&format!(
            "/{lang}/plan/?operator=metfone&ends={}&away_until={}",
            iso(ends),
            iso(back)
        ))
        .await
        .body;
        let away = visible_text(element(&body, "<section id=\"away\"", "section"));
        assert!(away.contains(needle), "{lang}: {away}");
        assert!(absence_tables(&body).is_empty());
    }
    // Validity that outlasts the absence: nothing to do.
    let body = get(&format!(
        "/en/plan/?operator=smart&ends={}&away_until={}",
        iso(today() + Days::new(40)),
        iso(today() + Days::new(30))
    ))
    .await
    .body;
    assert!(visible_text(&body).contains("Your validity lasts until you are back"));
    assert!(absence_tables(&body).is_empty());
}

/// The fixed clock's instant: noon in Cambodia on the tests' today.
fn now() -> DateTime<Utc> {
    keep_your_number::clock::Clock::fixed_on(today()).now()
}

struct Event {
    start: DateTime<Utc>,
    summary: String,
    alarms: Vec<i64>,
}

/// The calendar's events, parsed, with their alarms' offsets in seconds before the start.
fn events(ics: &str) -> Vec<Event> {
    use icalendar::{Calendar, CalendarComponent, Component};
    let calendar: Calendar = ics.parse().expect("valid iCalendar");
    let trigger = regex::Regex::new(r"^-PT(\d+)S$").unwrap();
    calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .map(|e| {
            let start = match e.get_start() {
                Some(icalendar::DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(t))) => {
                    t
                }
                other => panic!("a timed UTC start, never all-day: {other:?}"),
            };
            let alarms = e
                .components()
                .iter()
                .map(|alarm| {
                    let value = alarm.property_value("TRIGGER").expect("a trigger");
                    trigger.captures(value).unwrap_or_else(|| panic!("{value}"))[1]
                        .parse()
                        .unwrap()
                })
                .collect();
            Event {
                start,
                summary: e.get_summary().unwrap().to_owned(),
                alarms,
            }
        })
        .collect()
}

#[tokio::test]
async fn the_calendar_has_each_deadline_ahead_at_9_in_cambodia_with_no_past_alarm() {
    // Validity ends in 3 days; back in 60: a top-up on the last valid day, then the
    // planned ones; day 60 (codes) is the 63rd day from now.
    let ends = today() + Days::new(3);
    let back = today() + Days::new(60);
    let uri = format!(
        "/en/plan/calendar.ics?operator=smart&ends={}&away_until={}",
        iso(ends),
        iso(back)
    );
    let answer = get(&uri).await;
    assert_eq!(answer.status, 200);
    assert!(answer.header("content-type").starts_with("text/calendar"));
    assert!(!answer.body.contains("VALUE=DATE"), "never all-day");
    let events = events(&answer.body);
    let starts: Vec<NaiveDate> = events.iter().map(|e| e.start.date_naive()).collect();
    assert!(starts.contains(&ends), "the validity's end");
    assert!(
        starts.contains(&(ends + Days::new(60))),
        "the last day codes arrive"
    );
    // Fewest top-ups: one (a $10 card, 70 days) on the last valid day reaches the return,
    // so no further top-up event: the end and day 60 only.
    assert_eq!(events.len(), 2, "{}", answer.body);
    for event in &events {
        assert_eq!(
            event.start.format("%H:%M").to_string(),
            "02:00",
            "09:00 in Cambodia"
        );
        assert!(event.start > now(), "{}", event.summary);
        for before in &event.alarms {
            assert!(
                event.start - chrono::Duration::seconds(*before) > now(),
                "{}",
                event.summary
            );
            assert!([7 * 86_400, 86_400].contains(before));
        }
    }
    // 3 days away: only the 1-day alarm; 63 days away: both.
    let end_event = events
        .iter()
        .find(|e| e.start.date_naive() == ends)
        .unwrap();
    assert_eq!(end_event.alarms, vec![86_400]);
    let codes = events
        .iter()
        .find(|e| e.start.date_naive() != ends)
        .unwrap();
    assert_eq!(codes.alarms.len(), 2);

    // With a long absence and Smart's fewest plan, every planned top-up is an event.
    let long = format!(
        "/km/plan/calendar.ics?operator=smart&ends={}&away_until={}",
        iso(today() + Days::new(20)),
        iso(today() + Days::new(700))
    );
    let events = self::events(&get(&long).await.body);
    // 680 more days at 199 a $50 card: 4 top-ups, the first on the last valid day.
    assert_eq!(events.len(), 2 + 3, "end, day 60 and three more top-ups");
    assert!(events.iter().any(|e| e.summary.contains("50 ដុល្លារ")));
}

#[tokio::test]
async fn when_every_date_has_passed_there_is_no_calendar_only_what_to_do_now() {
    // Day 70: the end and day 60 are behind.
    let ends = iso(ends_for_day(70));
    let page = get(&format!("/zh/plan/?operator=cellcard&ends={ends}")).await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("calendar.ics"), "no calendar link");
    assert!(page.body.contains("data-stage=\"incoming\""));
    let ics = get(&format!(
        "/zh/plan/calendar.ics?operator=cellcard&ends={ends}"
    ))
    .await;
    assert_eq!(ics.status, 303);
    assert_eq!(
        ics.header("location"),
        format!("/zh/plan/?operator=cellcard&ends={ends}")
    );
    // Before day 60, a link.
    let soon = get(&format!(
        "/zh/plan/?operator=cellcard&ends={}",
        iso(ends_for_day(59))
    ))
    .await;
    assert!(soon.body.contains("calendar.ics"));
}

#[tokio::test]
async fn the_slip_is_in_the_helpers_language_private_and_points_to_itself() {
    let locales = Locales::built_in().unwrap();
    for (helper, tag) in [("zh", "zh-Hans"), ("en", "en"), ("km", "km")] {
        // The slip's heading and its receipt line, in the helper's language.
        let h = locales.translator(helper.parse::<Lang>().unwrap());
        let heading = h.get("slip-heading").unwrap();
        let receipt = h.get("slip-receipt").unwrap();
        // The reader writes in English; the slip is for a helper reading `helper`.
        let uri =
            format!("/en/plan/slip/?operator=smart&number=%2B855+10+234+567&amount=5&for={helper}");
        let answer = get(&uri).await;
        assert_eq!(answer.status, 200, "{uri}");
        assert_eq!(answer.header("cache-control"), "no-store");
        assert_eq!(answer.header("referrer-policy"), "no-referrer");
        assert!(
            answer
                .body
                .contains("<meta name=\"robots\" content=\"noindex\">")
        );
        let slip = element(&answer.body, "<article class=\"slip\"", "article");
        assert!(slip.contains(&format!("lang=\"{tag}\"")), "{helper}");
        let text = visible_text(slip);
        assert!(
            text.contains(&heading) && text.contains(&receipt),
            "{helper}: {text}"
        );
        assert!(text.contains("010 234 567"), "grouped: {text}");
        assert!(text.contains("Smart"));
        // Smart's code for another number, with the number filled in.
        assert!(slip.contains("*888*11*010234567*<var>"), "{slip}");
        // The page says, in the reader's language and in words the helper can read too,
        // why the number is there.
        assert!(
            visible_text(&answer.body).contains(
                "This number is only in this page's address, so that it is easy to pass on"
            )
        );
        // A QR code of the slip's own address.
        let svg = element(slip, "<svg", "svg");
        assert_eq!(
            decode_qr_svg(svg),
            format!(
                "{}/en/plan/slip/?operator=smart&number=010234567&amount=5&for={helper}",
                common::ORIGIN
            )
        );
    }
    // Other companies: kiosk and shop steps, no Smart code.
    let metfone =
        get("/km/plan/slip/?operator=metfone&number=097+123+4567&amount=2.50&for=zh").await;
    assert_eq!(metfone.status, 200);
    let slip = visible_text(element(&metfone.body, "<article class=\"slip\"", "article"));
    assert!(
        slip.contains("097 123 4567") && slip.contains("2.50美元"),
        "{slip}"
    );
    assert!(!slip.contains("*888*"));
    assert_eq!(metfone.header("content-language"), "km");
}

#[tokio::test]
async fn a_bad_slip_answers_400_in_the_readers_language_with_the_form_refilled() {
    for (uri, lang, message, refilled) in [
        (
            "/zh/plan/slip/?operator=smart&number=023+123+456&amount=5&for=km",
            "zh-Hans",
            "不在我们的手机号段列表里",
            "value=\"023 123 456\"",
        ),
        (
            "/km/plan/slip/?operator=smart&number=012345678&amount=500&for=en",
            "km",
            "សូមវាយចំនួនលុយពី 1 ដល់ 100 ដុល្លារ",
            "value=\"500\"",
        ),
        (
            "/en/plan/slip/?operator=smart&number=012345678&amount=5&for=fr",
            "en",
            "Choose the slip's language from the list.",
            "value=\"012345678\"",
        ),
        (
            "/en/plan/slip/?number=012345678&amount=5&for=zh",
            "en",
            "Choose your company.",
            "value=\"012345678\"",
        ),
    ] {
        let answer = get(uri).await;
        assert_eq!(answer.status, 400, "{uri}");
        assert_eq!(answer.header("content-language"), lang, "{uri}");
        assert_eq!(answer.header("cache-control"), "no-store", "{uri}");
        assert_eq!(answer.header("referrer-policy"), "no-referrer", "{uri}");
        assert!(answer.body.contains("role=\"alert\""), "{uri}");
        assert!(visible_text(&answer.body).contains(message), "{uri}");
        assert!(answer.body.contains(refilled), "{uri}");
        assert!(!answer.body.contains("<article class=\"slip\""), "{uri}");
    }
}

#[tokio::test]
async fn the_reminders_old_addresses_move_to_the_plan_with_their_query() {
    for (old, new) in [
        (
            "/km/reminder/?operator=smart&ends=2027-01-15",
            "/km/plan/?operator=smart&ends=2027-01-15",
        ),
        (
            "/en/reminder/calendar.ics?operator=metfone&ends=2027-01-15&utm_source=x",
            "/en/plan/calendar.ics?operator=metfone&ends=2027-01-15&utm_source=x",
        ),
        ("/zh/reminder/", "/zh/plan/"),
    ] {
        let answer = request("GET", old, &[]).await;
        assert_eq!(answer.status, 301, "{old}");
        assert_eq!(answer.header("location"), new, "{old}");
        assert_eq!(get(new).await.status, 200, "{new}");
    }
}

#[tokio::test]
async fn the_plan_form_asks_for_the_return_date_and_where_the_reader_is() {
    let blank = get("/en/plan/").await;
    assert_eq!(blank.status, 200);
    assert!(blank.body.contains("name=\"away_until\" type=\"date\""));
    assert_eq!(blank.body.matches("name=\"where\"").count(), 3);
    let refused =
        get("/en/plan/?operator=smart&ends=2027-01-01&away_until=2027-02-30&where=abroad").await;
    assert_eq!(refused.status, 400);
    assert!(visible_text(&refused.body).contains("The return date does not exist"));
    assert!(refused.body.contains("value=\"2027-02-30\""));
    assert!(refused.body.contains("value=\"abroad\" checked"));
    // A company's pages link to the form with the company chosen: the form, not an error.
    let chosen = get("/km/plan/?operator=cellcard").await;
    assert_eq!(chosen.status, 200);
    assert!(chosen.body.contains("<option value=\"cellcard\" selected>"));
    assert!(!chosen.body.contains("role=\"alert\"") && !chosen.body.contains("id=\"today\""));
    assert!(
        chosen
            .body
            .contains("<meta name=\"robots\" content=\"noindex\">")
    );
    assert_eq!(get("/km/plan/?operator=qb").await.status, 400);
}

#[tokio::test]
async fn nothing_typed_into_the_plan_or_the_slip_comes_back_unescaped() {
    let payload = "%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E";
    // (address, whether a text field shows the payload again)
    let cases = [
        (
            format!("/en/plan/?operator=smart&ends=2027-01-01&away_until={payload}"),
            true,
        ),
        (
            format!("/en/plan/?operator=smart&ends=2027-01-01&where={payload}"),
            false,
        ),
        (
            format!("/en/plan/slip/?operator=smart&number={payload}&amount=5&for=zh"),
            true,
        ),
        (
            format!("/en/plan/slip/?operator=smart&number=012345678&amount={payload}&for=zh"),
            true,
        ),
        (
            format!("/en/plan/slip/?operator={payload}&number=012345678&amount=5&for=zh"),
            false,
        ),
    ];
    for (uri, refilled) in cases {
        let answer = get(&uri).await;
        assert_eq!(answer.status, 400, "{uri}");
        assert!(!answer.body.contains("<script>alert(1)"), "{uri}");
        assert!(!answer.body.contains("\"><script"), "{uri}");
        if refilled {
            assert!(
                answer.body.contains("value=\"&#34;&#62;&#60;script&#62;"),
                "{uri}: refilled, escaped"
            );
        }
    }
}

/// After a stage's last day, the answer says what the company's next stage brings (Metfone
/// on day 70: the number is then closed, and can still be restored).
#[tokio::test]
async fn the_answer_says_what_follows_the_stage_of_today() {
    // The fixed clock's today (2026-11-25) is day 70 after 2026-09-16.
    let answer = get("/en/plan/?operator=metfone&ends=2026-09-16").await;
    assert_eq!(answer.status, 200);
    let today = visible_text(element(&answer.body, "<section id=\"today\"", "section"));
    assert!(today.contains("Day 70 after"), "{today}");
    assert!(
        today.contains("From 16 December 2026, Metfone closes the number. Until 15 March 2027, you can still ask Metfone to restore it."),
        "{today}"
    );
}

/// The overview's "ask someone in Cambodia" part links to the slip's empty form, with the
/// page's company chosen; that form is a page of its own (200, no error), and a query with
/// anything more than the company is checked as a slip.
#[tokio::test]
async fn the_overview_links_to_an_empty_slip_form_with_its_company_chosen() {
    let overview = get("/en/cellcard/").await;
    let someone = element(&overview.body, "<h3 id=\"someone\"", "section");
    assert!(
        someone.contains("href=\"/en/plan/slip/?operator=cellcard\""),
        "{someone}"
    );
    let form = get("/en/plan/slip/?operator=cellcard").await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("<option value=\"cellcard\" selected>"));
    assert!(!form.body.contains("id=\"form-error\""));
    let empty = get("/km/plan/slip/").await;
    assert_eq!(empty.status, 200);
    assert!(
        empty
            .body
            .contains("<option value=\"km\" lang=\"km\" selected>")
    );
    let partial = get("/en/plan/slip/?operator=cellcard&number=").await;
    assert_eq!(partial.status, 400);
    assert!(partial.body.contains("id=\"form-error\""));
}
