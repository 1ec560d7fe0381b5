# Words used on every page: header, language switch, operator filter, facts, footer.

site-name = Keep your Cambodian number
site-tagline = Independent guide — not run by any phone company

# Context: the <title> of every page.
# Variables: $title (text) - the page's own title, e.g. "Top up at a shop"
title-full = { $title } · { site-name }

# Context: title and meta description of a page filtered to one operator.
# Variables: $title (text) - the page title; $operator (text) - e.g. "Smart"
title-for-operator = { $title }: { $operator }
# Variables: $description (text) - the page description; $operator (text) - e.g. "Smart"
description-for-operator = { $description } This version shows { $operator } only.

skip-to-content = Skip to main content

# Context: a link to this language's overview, shown on the 404 page and the language
# chooser at / next to the same link in the other two languages.
language-home-link = The guide in English
# Context: accessible name of the language switch (a screen reader says "Language, navigation").
lang-switch-label = Language

# Context: the company filter, worded as a question. Each choice links to the same page for that company.
filter-question = Which company is your SIM from?
filter-all = All companies
# Context: the filter's current choice, stated inside it.
# Variables: $operator (text) - "All companies" or a company's name
filter-current = Showing: { $operator }

# Context: before the sites a fact comes from, e.g. "Source: smart.com.kh". Keep its trailing space where the language needs one.
fact-source = Source:{" "}
# Context: a link from a fact to its numbered source at the end of the section.
# Variables: $n (text) - the number
fact-source-ref = source { $n }
# Context: the heading of a section's numbered list of sources.
fact-sources-heading = Sources
# Context: between two items of a short list, e.g. two sources.
list-separator = {", "}
# Context: between short items that are not words of a sentence: number prefixes in the
# comparison, source links. Khmer has no comma of its own and takes no Latin comma.
symbol-separator = {", "}
# Context: after the source of a fact that comes from a news report or a third party.
fact-unconfirmed = reported
# Context: one line on every page that shows the "reported" tag (fact-unconfirmed): what the tag means.
# Variables: $tag (html) - the tag itself
certainty-legend = { $tag }: from a news report or a user, not from the company or the regulator itself.
# Context: a table of top-up amounts and the days of validity each buys.
fact-validity-caption = Days of validity for each top-up amount
fact-validity-amount = Top-up
fact-validity-days = Days of validity
# Variables: $usd (number) - an amount in US dollars
fact-amount-usd = ${ $usd }

# Context: placeholders inside a dialling code, e.g. *888*<card code>#.
ussd-placeholder-card = card code
ussd-placeholder-number = phone number

# Context: a placeholder inside a dialling code in plain text (the calendar file),
# where no styling can set it apart: *888*[card code]#. Leave out the brackets where the
# script already stands out among the digits (Chinese, Khmer).
# Variables: $name (text) - ussd-placeholder-card or ussd-placeholder-number
ussd-placeholder-text = [{ $name }]

# Context: what is not known, before whom to ask (ask-operator-…). $topic is the section:
# check (balance and validity) or a way to top up (store, kiosk, online, shop).
# Variables: $operator (text); $topic (text)
ask-operator-unknown = { $topic ->
        [check] { $operator }: how to check the balance and validity is not known.
        [store] { $operator }: how its own stores top up is not known.
        [kiosk] { $operator }: which kiosks take its numbers is not known.
        [online] { $operator }: its online top-up is not known.
        [shop] { $operator }: what shops and agents offer for it is not known.
       *[other] { $operator }: not known.
    }
# Context: shown when the guide has no confirmed detail for an operator in a section.
# $unknown is ask-operator-unknown: what is not known, as a sentence.
# Variables: $unknown (text); $operator (text) - e.g. "Cellcard"; $website (link); $hotline (text)
ask-operator-website-hotline = { $unknown } Ask { $operator } on { $website } or call its hotline { $hotline }.
# Variables: $unknown (text); $operator (text); $website (link)
ask-operator-website = { $unknown } Ask { $operator } on { $website }.
# Variables: $unknown (text); $operator (text); $hotline (text)
ask-operator-hotline = { $unknown } Call { $operator }'s hotline { $hotline }.
# Variables: $unknown (text); $operator (text)
ask-operator-store = { $unknown } Ask at a { $operator } store.

# Context: links and headings on every channel page.
channel-back-to-overview = Back to the overview
channel-need-heading = What you need
channel-steps-heading = Steps
channel-details-heading = Details by operator
# Variables: $operator (text)
channel-details-heading-operator = Details for { $operator }
channel-benefits-heading = Why choose this way
channel-cautions-heading = Watch out for
channel-others-heading = Other ways to top up

# Context: a date written out in full, e.g. "25 November 2026".
# Variables: $day (number); $month (number, 1-12); $year (number)
date-long = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

# Variables: $date (text) - a date written with date-long
footer-checked = Information checked on { $date }. Each fact links to its source.
footer-independent = This guide is independent: no operator runs it. Codes, prices and rules change; when in doubt, ask your operator.

# Context: the box at the end of every page for passing its address on.
share-heading = Share this page
# Context: the accessible name of the QR code image.
share-qr-alt = QR code of this page's address
share-qr-caption = Scan it with a phone camera to open this page.
# Context: a button shown only when the browser can share or copy; it shares the address.
share-button = Share or copy the link
# Context: said after the address was copied.
share-copied = Link copied.

# Context: links to the tools in the footer of every page.
tools-label = Tools
tools-plan-link = Your number today and your plan to keep it
tools-compare-link = Compare the operators

# Context: under the title of every page.
# Variables: $date (text) - a date written with date-long
page-checked = Information checked on { $date }

# Context: a sentence after a service whose coverage of the companies is not known, before
# its source.
fact-check-coverage = Check first that it covers your company.

# Context: heading of the facts in a section that name no company.
fact-general-heading = For every company, or not tied to one

# Context: the last two items of a list, e.g. "Visa, Mastercard and Alipay".
# Variables: $first (text) - all items but the last, joined by list-separator; $last (text)
list-and = { $first } and { $last }

# Context: names of payment services and app menus, in each language's usual form.
value-alipay = Alipay

value-wechat-pay = WeChat Pay

value-unionpay = UnionPay

# Context: the menu in ABA Mobile, as the app shows it, with a gloss where the app is in English.
value-aba-menu = Payments → Mobile

# Context: two dates in different years.
# Variables: $from (text); $until (text) - dates written with date-long
date-range = { $from } to { $until }

# Context: a date without its year, after another date of the same year.
# Variables: $day (number); $month (number, 1-12)
date-short = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }

# Context: two dates of the same year; languages write the year once, on the first or the last date.
# Variables: $from (text, optional); $until (text, optional) - dates written with date-long; $from_short (text, optional); $until_short (text, optional) - the same with date-short
date-range-same-year = { $from_short } to { $until }
# Context: two dates in the same month and year, the month and year written once.
# Variables: $from_day (number, optional); $until_day (number, optional) - days of the month; $from (text, optional); $until (text, optional) - dates written with date-long
date-range-same-month = { $from_day } to { $until }

# Context: between a sentence and the marks after it (source numbers, "not confirmed"): a space, or nothing where the language puts none after its full stop.
mark-separator = {" "}

# Context: the name under the icon when a reader adds the guide to their home screen. Keep
# it short (about 12 characters); the full name is site-name.
app-short-name = Keep number


# Context: a hotline: its full number (+855 …, a link that any phone can call) and the short
# number that works only from that company's own SIM card.
# Variables: $tel (link) - e.g. +855 97 9097 097; $short (text) - e.g. 1777; $operator (text)
hotline-short = { $tel } ({ $short } from a { $operator } SIM)
# Context: the button beside a dialling code, and what it says once the code is copied.
copy-button = Copy
copy-done = Copied
# Context: the copy button's name for screen readers: "Copy" and the code it copies.
# Variables: $code (text) - e.g. *888#
copy-button-label = Copy { $code }
