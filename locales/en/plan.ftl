# The plan: /en/plan/ and its answers (/en/plan/?operator=…&ends=…[&away_until=…][&where=…]),
# and the slip for someone in Cambodia (/en/plan/slip/?…).

plan-page-title = Your number today and your plan to keep it
plan-page-description = Enter your company and the date your validity ends: see where your number stands today, what to do now from where you are, and what it costs to keep it while you are away.
plan-heading = Your number today and your plan to keep it
plan-intro = Enter your company and the last day of your validity (your company's SMS or the balance check shows it). You see where the number stands today, what to do now, and, if you are away, which top-ups keep it until you are back.

plan-form-operator = Your company
# Context: the first, empty choice of the company list.
plan-form-choose = Choose…
plan-form-ends = Validity ends on
plan-form-ends-hint = The last valid day, as your company's SMS, your balance check or app shows it. The SMS is in Khmer unless you chose another language when you registered the SIM.
plan-form-away = Back in Cambodia on (optional)
plan-form-away-hint = If you are away, the day you are back: we plan the top-ups that keep your number until then.
plan-form-where = Where are you now?
# Context: a choice of "Where are you now?" that shows the ways for both places.
plan-where-both = Not sure: show both
plan-where-cambodia = In Cambodia
plan-where-abroad = Abroad
plan-form-submit = Show my plan
# Context: the summary that unfolds the form on an answer page.
plan-change = Change details

plan-error-heading = Please check the form
plan-error-missing-operator = Choose your company.
plan-error-unknown-operator = Choose your company from the list.
plan-error-missing-date = Enter the date your validity ends.
plan-error-bad-date = That date does not exist. Enter it as year, month and day, for example 2027-01-31.
plan-error-date-too-far = That date is more than a year ago or more than two years ahead. Check the year.
plan-error-bad-return-date = The return date does not exist. Enter it as year, month and day, for example 2027-06-30.
plan-error-return-date-out-of-range = The return date must be after today and at most three years ahead.
plan-error-unknown-place = Choose where you are from the list.
plan-error-repeated-field = The address gives a field more than once. Fill in the form again.

# Context: the heading of the number's timeline on an answer.
# Variables: $operator (text)
plan-answer-heading = Dates for your { $operator } number

# Context: "Today", the first part of an answer. $date is today in Cambodia, written with date-long.
# Variables: $date (text)
plan-today-heading = Today, { $date }
# Variables: $days (number); $ends (text) - a date
plan-today-left = { $days ->
        [one] 1 day left
       *[other] { $days } days left
    } after today: your validity ends on { $ends }. Top up before the end of that day.
plan-today-last-day = Today is the last day of your validity. Top up before the end of today.
# Variables: $day (number) - days since the last valid day
plan-today-day = Day { $day } after your validity ended.
# Variables: $last_date (text) - a date; $last (number) - its day number
plan-today-codes-until = What still works: calls and SMS to you, codes too, until { $last_date } (day { $last }), if your SIM receives SMS where you are.
plan-today-codes-stopped = What still works: nothing. Calls and SMS to you are blocked: codes no longer arrive.
plan-today-top-up = What to do now: top up at once, by one of the ways below.
# Context: $ask is plan-ask-… (whom to contact).
# Variables: $ask (text)
plan-today-resale = What to do now: top up at once, and ask whether the number is still yours. { $ask }
# Variables: $operator (text); $ask (text)
plan-today-restore = What to do now: ask { $operator } to restore the number, and bring the ID the SIM is registered to. { $ask }
# Variables: $ask (text)
plan-today-deleted = What to do now: ask at once whether the number is still yours, and bring the ID the SIM is registered to. { $ask }
# Context: only when no stage follows this one.
# Variables: $stage_end (text) - a date
plan-today-stage-ends = The last day of this stage: { $stage_end }.
# Context: after what to do now: what the next stage brings, from its first day.
# $date is that first day; $until is the stage's last day (or "none" when it has no end).
# Variables: $date (text); $until (text); $operator (text)
plan-next-outgoing = From { $date }, you can no longer call, send SMS or use data. Calls and SMS to you, codes too, still arrive.
# Variables: $date (text); $until (text); $operator (text)
plan-next-incoming = From { $date }, calls and SMS to you are blocked too, and codes stop arriving.
# Variables: $date (text); $until (text); $operator (text)
plan-next-resale = From { $date }, the number can be taken back at any time and given to someone else.
# Variables: $date (text); $until (text); $operator (text)
plan-next-restore = { $until ->
        [none] From { $date }, { $operator } closes the number. You can still ask { $operator } to restore it.
       *[other] From { $date }, { $operator } closes the number. Until { $until }, you can still ask { $operator } to restore it.
    }
# Variables: $date (text); $until (text); $operator (text)
plan-next-deleted = From { $date }, the number may be deleted or given to someone else.
# Variables: $last (number) - the last day of the last stage; $ask (text)
plan-today-past = The stages we know end on day { $last }: the number may already be someone else's. Ask whether it is still yours. { $ask }
# Context: the marker on the timeline's stage that holds today.
plan-today-mark = You are here
# Context: the marker on the timeline's stages that ended before today.
plan-past-mark = Over

# Context: whom to contact; the variant depends on what facts.toml has for the company.
# Variables: $operator (text); $website (link); $hotline (text)
plan-ask-website-hotline = Contact { $operator }: { $website }, hotline { $hotline }.
# Variables: $operator (text); $website (link)
plan-ask-website = Contact { $operator }: { $website }.
# Variables: $operator (text); $hotline (text)
plan-ask-hotline = Contact { $operator }: hotline { $hotline }.
# Variables: $operator (text)
plan-ask-store = Ask at a { $operator } store.

plan-now-heading = Ways to top up from where you are
# Context: a line of the ways in Cambodia. $code is a dialling code.
# Variables: $code (text)
plan-card-code = With a scratch card, dial { $code }.
# Variables: $operator (text)
plan-abroad-none = Topping up { $operator } from abroad: not known.
# Context: a link to the slip form further down the page.
plan-slip-link = Ask someone in Cambodia to top up for you.

plan-away-heading = Keeping it while you are away
# Variables: $back (text) - a date; $ends (text) - a date
plan-away-intro = You are back on { $back }. Your validity ends on { $ends }.
# Variables: $back (text)
plan-away-enough = Your validity lasts until you are back: nothing to top up before { $back }.
# Variables: $operator (text); $date (text)
plan-away-unknown = How many days each amount gives is not known for { $operator }. Plan by end dates: top up before { $date }, then enter the new end date from { $operator }'s SMS here. Do the same before each new end date until you are back.
plan-away-fewest = Fewest top-ups
plan-away-cheapest = Lowest cost
# Context: the columns of a table of planned top-ups.
plan-away-col-by = Top up by
plan-away-col-amount = Amount
plan-away-col-until = Valid until
# Variables: $amount (text)
plan-away-card = { $amount }, scratch card
# Variables: $amount (text)
plan-away-online = { $amount }, online, PayGo or ATM
# Variables: $amount (text); $count (number)
plan-away-total = Total: { $amount } in { $count ->
        [one] 1 top-up
       *[other] { $count } top-ups
    }
# Variables: $operator (text)
plan-away-counting = Each top-up's days are counted here from the day it is made. If { $operator } adds them to the days you have left, you get more.
# Variables: $operator (text); $amount (text)
plan-away-year = The lowest cost to keep a { $operator } number for a year: { $amount }.

plan-calendar-text = The calendar file puts each date ahead in your calendar at 9:00 Cambodia time, with alerts 7 days and 1 day before. If you plan top-ups, it has those of the plan with the fewest.
plan-calendar-link = Download the calendar file (.ics)

# Context: texts inside the calendar file.
# Variables: $operator (text); $date (text); $amount (text)
plan-ics-top-up-summary = Top up your { $operator } number: { $amount }
# Variables: $operator (text); $date (text); $amount (text)
plan-ics-top-up-description = Top up { $amount } on your { $operator } number by { $date }, so its validity does not end while you are away.
# Variables: $operator (text); $date (text)
plan-ics-ends-summary = Last day to top up your { $operator } number
# Variables: $operator (text); $date (text)
plan-ics-ends-description = Your { $operator } number's validity ends on { $date }. Top up by the end of that day: from the next day, calls, SMS and data from the number are blocked.
# Variables: $operator (text); $date (text)
plan-ics-codes-summary = Last day codes reach your { $operator } number
# Variables: $operator (text); $date (text)
plan-ics-codes-description = { $date } is the last day calls and SMS, codes too, reach your { $operator } number. Top up before then, or move your codes to a number you keep.
# Variables: $operator (text); $days (number)
plan-ics-alert = { $operator }: { $days ->
        [one] tomorrow
       *[other] in { $days } days
    }. Top up now.
# Variables: $code (text) - a dialling code
plan-ics-card-code = With a scratch card, dial { $code }.
plan-ics-channels = Ways to top up:
# Context: after a code in the calendar file that no official source confirms.
plan-ics-unconfirmed = {" "}(reported)
# Context: a line of the calendar file: a way to top up and its page.
# Variables: $title (text); $url (text) - the page's address
plan-ics-channel-line = { $title }: { $url }

# Context: the timeline of a number, after a stage with no end: "from <date>".
# Variables: $date (text)
timeline-date-from = from { $date }

# The slip: a page to send or print for someone in Cambodia who tops up for the reader.
slip-page-title = Top-up slip for someone in Cambodia
slip-page-description = A page to send or print: the number, the company, the amount and how to top up.
slip-form-heading = Ask someone in Cambodia to top up for you
slip-form-intro = Make a slip for a relative or friend in Cambodia: your number, your company, the amount and the exact steps, in their language. Send them its link or print it.
slip-form-number = Your phone number
slip-form-amount = Amount in US dollars
slip-form-for = The slip's language
slip-form-submit = Make the slip
slip-privacy = Your number is only in the slip's address, so that you can send it to someone. We do not keep it.
# Context: on the slip itself, which the helper reads.
slip-privacy-shared = This number is only in this page's address, so that it is easy to pass on. We do not keep it.
# Context: a link from the slip back to the plan.
slip-back = Back to your plan
slip-error-amount = Enter an amount from 1 to 100 US dollars, for example 5 or 2.50.
slip-error-for = Choose the slip's language from the list.
slip-error-repeated-field = The address gives a field more than once. Fill in the form again.

# Context: the slip itself, read by the person who tops up (in their language).
slip-heading = Please top up this number for me
slip-number = Number
slip-company = Company
slip-amount = Amount
slip-steps-heading = How to top up
# Variables: $number (text); $operator (text); $amount (text)
slip-step-kiosk = At a payment kiosk (such as PayGo) that takes { $operator }: type the number { $number } and pay { $amount }.
# Variables: $number (text); $operator (text); $amount (text)
slip-step-shop = At a shop that sells phone cards: ask to top up { $amount } on { $operator } number { $number }, or buy a { $operator } scratch card of { $amount }.
# Variables: $code (text) - the code with the number filled in; $number (text); $amount (text)
slip-step-card-code = With a { $operator } scratch card: dial { $code } from your own { $operator } phone (put the digits under the scratch-off layer in place of “card code”). This tops up { $number }.
slip-receipt = Then please send me a photo of the receipt or the confirmation SMS.
slip-qr-alt = QR code of this slip's address
slip-qr-caption = Scan to open this slip on a phone.
