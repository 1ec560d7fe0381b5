//! The reminder's calendar file (RFC 5545): the validity date, alerts before it, and the
//! ways to top up, in the reader's language.

use fluent_bundle::{FluentArgs, FluentValue};

use crate::address::Address;
use crate::content::{Channel, Column, Page, Value};
use crate::lang::Lang;
use crate::layout::{RenderError, Renderer, format_date};
use crate::reminder::{self, ReminderRequest};

impl Renderer<'_> {
    /// A calendar file (RFC 5545) with the validity date and alerts before it, in `lang`.
    pub fn calendar(&self, lang: Lang, request: ReminderRequest) -> Result<String, RenderError> {
        use icalendar::{Alarm, Calendar, Component, EventLike, Trigger};
        let t = self.locales.translator(lang);
        let name = &self.facts.contact(request.operator).name;
        let mut args = FluentArgs::new();
        args.set("operator", name.clone());
        args.set("date", format_date(&t, request.ends)?);
        let mut description = vec![t.format("reminder-ics-description", Some(&args))?];
        if let Some(card) = self.facts.compare_cell(request.operator, Column::Card)
            && let Some(Value::Ussd { ussd }) = card.values.get("code")
        {
            let mut code_args = FluentArgs::new();
            code_args.set("code", t.ussd_text(ussd)?);
            let mut line = t.format("reminder-ics-card-code", Some(&code_args))?;
            if !card.confirms("code") {
                line.push_str(&t.get("reminder-ics-unconfirmed")?);
            }
            description.push(line);
        }
        description.push(t.get("reminder-ics-channels")?);
        for channel in Channel::ALL {
            let page = Address::new(lang, Page::Channel(channel), Some(request.operator));
            let title = t.get(&format!("{}-heading", channel.slug()))?;
            let mut line = FluentArgs::new();
            line.set("title", title);
            line.set("url", format!("{}{}", self.config.origin, page.path()));
            description.push(t.format("reminder-ics-channel-line", Some(&line))?);
        }
        let reminder_page = Address::new(lang, Page::Reminder, None).path();
        let mut event = icalendar::Event::new();
        event
            .uid(&format!(
                "{}-{}@keep-your-number",
                request.operator,
                request.ends.format("%Y%m%d")
            ))
            .summary(&t.format("reminder-ics-summary", Some(&args))?)
            .description(&description.join("\n"))
            .url(&format!("{}{reminder_page}", self.config.origin))
            // An all-day event ends, exclusively, on the next day (RFC 5545 3.6.1).
            .starts(request.ends)
            .ends(request.ends.succ_opt().unwrap_or(request.ends));
        for days in reminder::ALERT_DAYS_BEFORE {
            let mut alert_args = FluentArgs::new();
            alert_args.set("operator", name.clone());
            alert_args.set("days", FluentValue::from(days));
            let text = t.format("reminder-ics-alert", Some(&alert_args))?;
            event.alarm(Alarm::display(
                &text,
                Trigger::before_start(chrono::Duration::days(days as i64)),
            ));
        }
        let mut calendar = Calendar::new();
        calendar.name(&t.get("site-name")?).push(event.done());
        Ok(calendar.done().to_string())
    }
}
