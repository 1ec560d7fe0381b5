# Readers' reports: the form at the foot of every page (it posts to /{lang}/report/), the
# page that shows the form again when something must be fixed, and the thanks page.

# Context: what a reader clicks to open the form, at the foot of every page.
report-question = Is something on this page wrong or out of date?
report-intro = Tell us what you saw. We check every report against the operator's own information and correct the page.
report-kind-legend = What is wrong?
report-kind-code = A dialling code
report-kind-days = A number of days
report-kind-price = A price or amount
report-kind-link = A link or an app
report-kind-other = Something else
report-details-label = What does the page say, and what is right?
report-details-hint = 10 to 1,000 characters. Say how you know, for example a receipt or the operator's message.
report-contact-label = Your email or phone number (optional)
report-contact-hint = Only if you want an answer. Up to 200 characters.
# Context: a field people never see (robots fill it in and are ignored).
report-website-label = Leave this empty
report-privacy = We keep what you type, this page's address and the date, for at most a year. We do not keep your IP address.
report-submit = Send report
# Context: in the exported site, which cannot receive a form, a link instead of the form.
report-link = Report something wrong or out of date on this page

report-page-title = Report a problem with a page
report-page-description = Tell the guide's editors what is wrong or out of date.
report-error-heading = Your report was not sent
report-error-not-a-form = The report did not arrive as a form. Send it with the form below.
report-error-bad-encoding = Part of the report could not be read. Type it again and send it.
report-error-repeated-field = The report had a field twice. Send it again with the form below.
report-error-unknown-field = The report had fields this form does not use. Send it again with the form below.
report-error-unknown-page = The report does not say which page of the guide it is about. Go back to that page and use the form at its foot.
report-error-missing-kind = Choose what is wrong.
report-error-unknown-kind = Choose what is wrong from the list.
report-error-missing-details = Say what is wrong.
report-error-details-too-short = Say what is wrong in at least 10 characters.
report-error-details-too-long = Say what is wrong in 1,000 characters or fewer.
report-error-contact-too-long = Shorten your email or phone number to 200 characters or fewer.
report-error-control-characters = Remove the special characters from your text.
# Context: the text held right-to-left or left-to-right override or isolate marks (U+202A–U+202E, U+2066–U+2069), which no keyboard types on purpose.
report-error-bidi-controls = Your text holds invisible characters that change the direction of the text, so it could read differently from what it says. Remove them and send it again.
report-error-cross-site = Reports can only be sent from this guide's own pages.
report-error-too-large = The report is too long. Shorten your text and send it again.
# Context: the connection was too slow: the report's text did not reach the server in time, so nothing was kept.
report-error-timed-out = Your report did not reach us in time, perhaps because the connection is slow. Send it again.
# Variables: $minutes (number) - minutes to wait, at least 1
report-error-too-many = You have sent many reports in a short time. Wait { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } and send it again.
report-error-unavailable = Reports cannot be saved right now. Your text is below: try again in a few minutes.

report-thanks-title = Thank you for your report
report-thanks-description = Your report was sent to the guide's editors.
report-thanks-heading = Thank you, your report was sent
report-thanks-text = We check every report and correct the guide where it is wrong. If you gave an email or phone number, we may contact you.
report-thanks-back = Back to the page you reported
report-thanks-home = Go to the guide's overview
