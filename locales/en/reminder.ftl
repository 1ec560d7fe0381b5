# The reminder page: /en/reminder/ and its answers (/en/reminder/?operator=…&ends=…).

reminder-page-title = Your number's dates and a calendar reminder
reminder-page-description = Enter your operator and the date your balance's validity ends: see when calls, SMS and the number itself are at risk, and add a reminder to your calendar.
reminder-heading = When is your number at risk?
reminder-intro = Enter your operator and the last day of your balance's validity (the balance check shows it). You get each date that matters, and a calendar file that reminds you a week and a day before.

reminder-form-operator = Your operator
# Context: the first, empty choice of the operator list.
reminder-form-choose = Choose…
reminder-form-ends = Validity ends on
reminder-form-ends-hint = The last valid day, as your balance check or app shows it.
reminder-form-submit = Show my dates

reminder-error-heading = Please check the form
reminder-error-missing-operator = Choose your operator.
reminder-error-unknown-operator = Choose your operator from the list.
reminder-error-missing-date = Enter the date your validity ends.
reminder-error-bad-date = That date does not exist. Enter it as year, month and day, for example 2027-01-31.
reminder-error-date-too-far = That date is more than a year ago or more than two years ahead. Check the year.
reminder-error-repeated-field = The address gives the operator or the date more than once. Fill in the form again.

# Variables: $operator (text)
reminder-answer-heading = Dates for your { $operator } number
# Context: the stages of the answer. $from is a date written with date-long, $dates two dates written with date-range.
# Variables: $from (text); $operator (text)
reminder-stage-ends = { $from }: last day of validity. Top up before the end of this day.
# Variables: $dates (text)
reminder-stage-outgoing = { $dates }: you cannot call, send SMS or use data. Calls and SMS to you, including codes, still arrive.
# Variables: $dates (text)
reminder-stage-incoming = { $dates }: calls and SMS to you are blocked too. Codes no longer arrive.
# Variables: $dates (text)
reminder-stage-resale = { $dates }: the number may be taken back and resold to someone else at any time.
# Variables: $dates (text); $operator (text)
reminder-stage-restore = { $dates }: the number is closed, but you can still ask { $operator } to restore it.
# Variables: $from (text)
reminder-stage-deleted = From { $from }: the number may be deleted or given to someone else.

reminder-calendar-heading = Add a reminder to your calendar
reminder-calendar-text = The file puts your validity date in your calendar, with alerts 7 days and 1 day before. Most phone and computer calendars open it.
reminder-calendar-link = Download the reminder (.ics)

# Context: texts inside the calendar file.
# Variables: $operator (text); $date (text)
reminder-ics-summary = Top up your { $operator } number
# Variables: $operator (text); $date (text)
reminder-ics-description = Your { $operator } number's validity ends on { $date }. Top up by the end of that day: from the next day, calls, SMS and data from the number are blocked.
# Variables: $code (text) - a dialling code
reminder-ics-card-code = With a scratch card, dial { $code }.
reminder-ics-channels = Ways to top up:
# Variables: $operator (text); $days (number)
reminder-ics-alert = { $operator }: validity ends in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }. Top up now.

# Context: after a code in the calendar file that no official source confirms.
reminder-ics-unconfirmed = {" "}(not confirmed by an official source)

# Context: a line of the calendar file: a way to top up and its page.
# Variables: $title (text); $url (text) - the page's address
reminder-ics-channel-line = { $title }: { $url }
