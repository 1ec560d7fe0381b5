# The comparison page: /en/compare/.

compare-page-title = Compare the operators
compare-page-description = Smart, Metfone, Cellcard, CooTel and Seatel side by side: balance check, scratch-card code, app, online top-up, and how long until an expired number may be lost.
compare-heading = The operators side by side
compare-intro = Each company’s facts, each with its source. Where a cell says “Not known”, ask the company: the note under its name says how.
compare-caption = How each operator handles prepaid numbers

compare-column-operator = Operator
compare-column-balance = Check the balance
compare-column-card = Load a scratch card
compare-column-app = Official app
compare-column-online = Online top-up
compare-column-days = Days after validity ends until the number may be lost

# Context: a confirmed cell: a code, a name or a link.
# Variables: $value (text, code or link)
compare-cell = { $value }
# Context: a cell with two codes that do the same thing.
# Variables: $code, $code2 (dialling codes)
compare-two-codes = { $code } or { $code2 }
# Context: the smallest and largest top-up and the days each buys.
# Variables: $smallest_usd, $smallest_days, $largest_usd, $largest_days (numbers)
compare-validity-range = ${ $smallest_usd }: { $smallest_days ->
        [one] { $smallest_days } day
       *[other] { $smallest_days } days
    } … ${ $largest_usd }: { $largest_days ->
        [one] { $largest_days } day
       *[other] { $largest_days } days
    }
compare-column-validity = Days a top-up buys
# Context: between a company's name and the note under it (whom to ask).
compare-ask-lead = {": "}

# Context: under a company's name in the comparison: whom to ask about its cells marked
# "unknown" (compare-unknown). It must not read as "the company has not confirmed".
# Variables: $operator (text); $website (link); $hotline (text)
compare-not-confirmed-website-hotline = For cells marked “Not known”, ask { $operator } on { $website } or call { $hotline }.
# Variables: $operator (text); $website (link)
compare-not-confirmed-website = For cells marked “Not known”, ask { $operator } on { $website }.
# Variables: $operator (text); $hotline (text)
compare-not-confirmed-hotline = For cells marked “Not known”, call { $operator } on { $hotline }.
# Variables: $operator (text)
compare-not-confirmed-store = For cells marked “Not known”, ask at a { $operator } store.

# Variables: $from (number); $until (number)
compare-days-resale = May be resold between day { $from } and day { $until }.
# Variables: $from (number); $until (number)
compare-days-restore = Closed from day { $from }; can be restored until day { $until }.
# Variables: $from (number)
compare-days-deleted = May be deleted from day { $from }.

compare-column-hotline = Hotline

# Context: a cell of the comparison with nothing confirmed; whom to ask is said once, under the company name.
compare-unknown = Not known
