# "Which company is my number?": the form on every overview (/en/ and /en/smart/ …) and its
# answer page, /en/which-operator/?number=… . The answer says which company a number's
# first digits WERE ASSIGNED TO (phone-number libraries' data, not the regulator's list).

lookup-page-title = Which company is my number?
lookup-page-description = Type your phone number to see which company its first digits were assigned to.
lookup-heading = Which company is my number?
# Context: above the form, on every overview and on the answer page.
lookup-intro = Type your number as you usually write it. We only read its first digits and do not keep the number.
lookup-form-label = Your phone number
lookup-form-hint = For example 012 345 678 or +855 12 345 678
lookup-form-submit = Find the company

# Context: the answer page when what was typed is not a Cambodian mobile number (400).
lookup-error-heading = Please check the number
lookup-error-empty = Type your phone number.
lookup-error-letters = A phone number has no letters. Type only its digits, for example 012 345 678.
lookup-error-characters = Use only digits, spaces and dashes, and a + at the start, for example +855 12 345 678.
lookup-error-too-short = That number looks too short. Type the whole number, for example 012 345 678.
lookup-error-too-long = That number looks too long. Type one number only, for example 012 345 678.
lookup-error-not-cambodian = That is not a Cambodian number. Cambodian numbers start with 0 or +855.
lookup-error-not-mobile = Numbers starting with these digits are not in our list of mobile numbers. Check the number.

# Context: the answer when the prefix is in the list.
# Variables: $prefix (text) - 0 and two digits, such as 012; $operator (text)
lookup-assigned-heading = { $prefix }: { $operator }
# Variables: $prefix (text); $operator (text)
lookup-assigned = Numbers starting with { $prefix } were assigned to { $operator }.
# Variables: $operator (text)
lookup-ask = These lists are not the company's own records. If you are not sure, ask { $operator }.
# Context: a link to the overview filtered to the company.
# Variables: $operator (text)
lookup-operator-link = How to top up a { $operator } number
# Context: heading of the links to the company's pages for each way to top up.
# Variables: $operator (text)
lookup-channels-heading = Ways to top up { $operator }

# Context: the answer when the prefix is a mobile one but not in the list.
# Variables: $prefix (text)
lookup-not-in-list-heading = { $prefix }: not in our list
# Variables: $prefix (text)
lookup-not-in-list = Numbers starting with { $prefix } are not in our list, so we cannot say which company they belong to. Ask the shop that sold you the SIM card, or see each company's first digits in the comparison.
lookup-compare-link = Compare the companies
lookup-again-heading = Look up another number

# Context: a column of the comparison (/en/compare/): the first digits of each company's numbers.
compare-column-prefixes = Numbers starting with

# Context: the example in the empty number field, under "Not sure? Type your number"; write a
# Cambodian number as readers there write it.
lookup-placeholder = 012 345 678
# Context: the label of the number field in the company choice, on every overview.
lookup-not-sure = Not sure? Type your number
# Context: links under the answer: the company's page, and the plan with the company filled in.
# Variables: $operator (text)
lookup-abroad-link = { $operator }: what works from abroad
# Variables: $operator (text)
lookup-plan-link = When is my { $operator } number's deadline?
