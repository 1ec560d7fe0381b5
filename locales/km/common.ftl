# Words used on every page: header, language switch, operator filter, facts, footer.

site-name = រក្សាលេខទូរស័ព្ទរបស់អ្នក
site-tagline = មគ្គុទ្ទេសក៍ឯករាជ្យ មិនមែនជារបស់ក្រុមហ៊ុនទូរស័ព្ទណាមួយទេ

# Context: the <title> of every page.
# Variables: $title (text) - the page's own title, e.g. "Top up at a shop"
title-full = { $title } · { site-name }

# Context: title and meta description of a page filtered to one operator.
# Variables: $title (text) - the page title; $operator (text) - e.g. "Smart"
title-for-operator = { $title } ({ $operator })
# Variables: $description (text) - the page description; $operator (text) - e.g. "Smart"
description-for-operator = { $description } ទំព័រនេះបង្ហាញតែព័ត៌មានអំពី { $operator } ប៉ុណ្ណោះ។

skip-to-content = រំលងទៅខ្លឹមសារសំខាន់

# Context: a link to this language's overview, shown on the 404 page and the language
# chooser at / next to the same link in the other two languages.
language-home-link = មគ្គុទ្ទេសក៍ជាភាសាខ្មែរ
# Context: accessible name of the language switch (a screen reader says "Language, navigation").
lang-switch-label = ភាសា

# Context: the operator filter. Each choice is a link to the same page for that operator.
filter-question = តើអ្នកប្រើស៊ីមកាតក្រុមហ៊ុនណា?
filter-all = ក្រុមហ៊ុនទាំងអស់
filter-current = កំពុងបង្ហាញ៖ { $operator }

fact-source = ប្រភព៖{" "}
fact-source-ref = ប្រភព { $n }
fact-sources-heading = ប្រភព
list-separator = {" · "}
# Context: between short items that are not words of a sentence: number prefixes in the
# comparison, source links. Khmer has no comma of its own and takes no Latin comma.
symbol-separator = {" · "}
# Context: after the source of a fact that comes from a news report or a third party.
fact-unconfirmed = (តាមការរាយការណ៍)
# Context: one line on every page that shows the "reported" tag (fact-unconfirmed): what the tag means.
# Variables: $tag (html) - the tag itself
certainty-legend = ព័ត៌មានដែលមានស្លាក { $tag } បានមកពីសារព័ត៌មាន ឬពីអ្នកប្រើ មិនមែនពីក្រុមហ៊ុនទូរស័ព្ទ ឬពីនិយ័តករទូរគមនាគមន៍កម្ពុជា (TRC) ផ្ទាល់ទេ។
# Context: a table of top-up amounts and the days of validity each buys.
fact-validity-caption = ចំនួនថ្ងៃសុពលភាព តាមចំនួនលុយដែលបញ្ចូល
fact-validity-amount = ចំនួនលុយបញ្ចូល
fact-validity-days = ចំនួនថ្ងៃសុពលភាព
# Variables: $usd (number) - an amount in US dollars
fact-amount-usd = { $usd } ដុល្លារ

# Context: placeholders inside a dialling code, e.g. *888*<card code>#.
ussd-placeholder-card = លេខកូដកាត
ussd-placeholder-number = លេខរបស់អ្នក

ussd-placeholder-text = { $name }

# Context: what is not known, before whom to ask (ask-operator-…). $topic is the section:
# check (balance and validity) or a way to top up (store, kiosk, online, shop).
# Variables: $operator (text); $topic (text)
ask-operator-unknown = { $topic ->
        [check] { $operator }៖ យើងមិនទាន់មានព័ត៌មានអំពីរបៀបពិនិត្យសមតុល្យ និងថ្ងៃផុតសុពលភាពទេ។
        [store] { $operator }៖ យើងមិនទាន់មានព័ត៌មានអំពីការបញ្ចូលលុយនៅសាខា { $operator } ទេ។
        [kiosk] { $operator }៖ យើងមិនទាន់មានព័ត៌មានថា ម៉ាស៊ីនណាខ្លះបញ្ចូលលុយទៅលេខ { $operator } បានទេ។
        [online] { $operator }៖ យើងមិនទាន់មានព័ត៌មានអំពីការបញ្ចូលលុយទៅលេខ { $operator } តាមអនឡាញទេ។
        [shop] { $operator }៖ យើងមិនទាន់មានព័ត៌មានថា ហាងលក់កាតទូរស័ព្ទ និងភ្នាក់ងារ មានសេវាអ្វីខ្លះសម្រាប់លេខ { $operator } ទេ។
       *[other] { $operator }៖ យើងមិនទាន់មានព័ត៌មានអំពីផ្នែកនេះទេ។
    }
# Context: shown when the guide has no confirmed detail for an operator in a section.
# Variables: $operator (text) - e.g. "Cellcard"; $website (link); $hotline (text) - a short number
ask-operator-website-hotline = { $unknown } សូមសួរ { $operator } ផ្ទាល់ តាមគេហទំព័រ { $website } ឬហៅទៅផ្នែកសេវាអតិថិជនតាមលេខ { $hotline }។
# Variables: $operator (text); $website (link)
ask-operator-website = { $unknown } សូមសួរ { $operator } ផ្ទាល់ តាមគេហទំព័រ { $website }។
# Variables: $operator (text); $hotline (text)
ask-operator-hotline = { $unknown } សូមហៅទៅផ្នែកសេវាអតិថិជនរបស់ { $operator } តាមលេខ { $hotline }។
# Variables: $operator (text)
ask-operator-store = { $unknown } សូមសួរនៅសាខា { $operator }។

# Context: links and headings on every channel page.
channel-back-to-overview = ត្រឡប់ទៅទំព័រដើម
channel-need-heading = តើត្រូវត្រៀមអ្វីខ្លះ?
channel-steps-heading = ជំហាន
channel-details-heading = ព័ត៌មានលម្អិតតាមក្រុមហ៊ុនទូរស័ព្ទ
# Variables: $operator (text)
channel-details-heading-operator = ព័ត៌មានលម្អិតអំពី { $operator }
channel-benefits-heading = ហេតុអ្វីគួរប្រើវិធីនេះ?
channel-cautions-heading = ចំណុចដែលត្រូវប្រុងប្រយ័ត្ន
channel-others-heading = វិធីបញ្ចូលលុយផ្សេងទៀត

# Context: a date written out in full, e.g. "25 November 2026".
# Variables: $day (number); $month (number, 1-12); $year (number)
date-long = ថ្ងៃទី { $day } ខែ{ $month ->
        [1] មករា
        [2] កុម្ភៈ
        [3] មីនា
        [4] មេសា
        [5] ឧសភា
        [6] មិថុនា
        [7] កក្កដា
        [8] សីហា
        [9] កញ្ញា
        [10] តុលា
        [11] វិច្ឆិកា
       *[12] ធ្នូ
    } ឆ្នាំ { $year }

# Variables: $date (text) - a date written with date-long
footer-checked = បានពិនិត្យព័ត៌មាននៅ{ $date }។ ព័ត៌មាននីមួយៗមានភ្ជាប់តំណប្រភព។
footer-independent = មគ្គុទ្ទេសក៍នេះមិនមែនជារបស់ក្រុមហ៊ុនទូរស័ព្ទណាមួយទេ ហើយក៏គ្មានក្រុមហ៊ុនណាគ្រប់គ្រងដែរ។ កូដចុច (*…#) តម្លៃ និងលក្ខខណ្ឌអាចនឹងផ្លាស់ប្ដូរ ដូច្នេះបើមានចម្ងល់ សូមសួរក្រុមហ៊ុនទូរស័ព្ទរបស់អ្នក។

# Context: the box at the end of every page for passing its address on.
share-heading = ចែករំលែកទំព័រនេះ
# Context: the accessible name of the QR code image.
share-qr-alt = កូដ QR សម្រាប់បើកទំព័រនេះ
share-qr-caption = សូមស្កេនកូដ QR នេះដោយកាមេរ៉ាទូរស័ព្ទ ដើម្បីបើកទំព័រនេះ។
# Context: a button shown only when the browser can share or copy; it shares the address.
share-button = ចែករំលែក ឬចម្លងតំណ
# Context: said after the address was copied.
share-copied = បានចម្លងតំណហើយ។

# Context: links to the tools in the footer of every page.
tools-label = ឧបករណ៍
tools-plan-link = ពិនិត្យស្ថានភាពលេខ និងធ្វើផែនការរក្សាលេខ
tools-compare-link = ប្រៀបធៀបក្រុមហ៊ុនទូរស័ព្ទ

page-checked = បានពិនិត្យព័ត៌មាននៅ{ $date }

fact-check-coverage = សូមពិនិត្យមើលសិនថា អាចបញ្ចូលលុយទៅលេខរបស់អ្នកបានឬទេ។

fact-general-heading = សម្រាប់គ្រប់ក្រុមហ៊ុន

list-and = { $first } និង { $last }

value-alipay = Alipay

value-wechat-pay = WeChat Pay

value-unionpay = UnionPay

value-aba-menu = Payments (ការទូទាត់) → Mobile (ទូរស័ព្ទ)

date-range = ពី{ $from } ដល់{ $until }

date-short = ថ្ងៃទី { $day } ខែ{ $month ->
        [1] មករា
        [2] កុម្ភៈ
        [3] មីនា
        [4] មេសា
        [5] ឧសភា
        [6] មិថុនា
        [7] កក្កដា
        [8] សីហា
        [9] កញ្ញា
        [10] តុលា
        [11] វិច្ឆិកា
       *[12] ធ្នូ
    }

date-range-same-year = ពី{ $from_short } ដល់{ $until }
# Context: two dates in the same month and year, the month and year written once.
# Variables: $from_day (number, optional); $until_day (number, optional) - days of the month; $from (text, optional); $until (text, optional) - dates written with date-long
date-range-same-month = ពីថ្ងៃទី { $from_day } ដល់{ $until }

mark-separator = {" "}

# Context: the name under the icon when a reader adds the guide to their home screen. Keep
# it short (about 12 characters); the full name is site-name.
app-short-name = រក្សាលេខ


# Context: a hotline: its full number (+855 …, a link that any phone can call) and the short
# number that works only from that company's own SIM card.
# Variables: $tel (link) - e.g. +855 97 9097 097; $short (text) - e.g. 1777; $operator (text)
hotline-short = { $tel } (ឬហៅលេខ { $short } ពីលេខ { $operator })
# Context: the button beside a dialling code, and what it says once the code is copied.
copy-button = ចម្លង
copy-done = បានចម្លងហើយ
# Context: the copy button's name for screen readers: "Copy" and the code it copies.
# Variables: $code (text) - e.g. *888#
copy-button-label = ចម្លង { $code }
