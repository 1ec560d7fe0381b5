# The overview page: /en/ and /en/{operator}/.

overview-page-title = How to keep your Cambodian prepaid number
overview-page-description = Why a Cambodian prepaid number is lost when it is not topped up, how long you have, and four ways to top up, also from abroad.

overview-heading = Keep your Cambodian prepaid number
overview-lead = Top up before your number's validity ends, or you lose it.

overview-about-heading = What a prepaid number needs
# Context: numbered paragraphs; add or remove them in every language at once.
overview-about-1 = A prepaid SIM runs on credit you buy in advance. Each top-up adds credit and also moves forward the date until which your number stays valid.
overview-about-2 = When that date passes, the number is not cut off at once. It goes through stages, and in the end the operator takes it back and can give it to someone else, who would then receive your codes.

overview-lifecycle-heading = How long you have
# Context: the timeline's lead, for every company (the regulator's rule) or for one.
timeline-lead = What happens after the validity ends, by the regulator's rule for every company. Day 1 is the day after the last valid day.
# Variables: $operator (text)
timeline-lead-operator = What happens to a { $operator } number after its validity ends. Day 1 is the day after the last valid day.
# Context: the timeline's day labels.
stage-days-ends = Last valid day
# Variables: $from (number); $until (number)
stage-days-range = Days { $from }–{ $until }
# Variables: $from (number)
stage-days-from = From day { $from }
# Context: each stage's name and what works in it.
stage-ends-title = Valid
stage-ends-what = Everything works. Top up by the end of this day.
# Context: stage-ends-what on a plan whose last valid day has passed.
stage-ends-what-past = The last day your number was valid.
stage-outgoing-title = Outgoing blocked
stage-outgoing-what = You cannot call, send SMS or use data; emergency numbers still work. Calls and SMS to you, including codes, still arrive.
stage-incoming-title = All blocked
stage-incoming-what = Calls and SMS to you are blocked too: codes no longer arrive.
stage-resale-title = May be taken back
stage-resale-what = The number can be taken back at any time and given to someone else.
stage-restore-title = Closed (can be restored)
# Variables: $operator (text)
stage-restore-what = In this stage the number is closed, but you can still ask { $operator } to restore it.
stage-deleted-title = May be deleted
stage-deleted-what = The number may be deleted or given to someone else.
overview-plan-button = Your number today and your plan to keep it

overview-when-heading = When to top up
overview-when-1 = Top up before the validity date, not after it. Check the date (see “Check the validity date” below) and set a reminder a week before.
# Context: depends on the company the page shows.
# Variables: $operator (text) - smart, all, or another company's slug; $company (text) - its name
overview-when-2 = { $operator ->
        [smart] At Smart, the amount you top up decides how many days you get, and a small top-up buys only a few.
        [all] At Smart, the amount you top up decides how many days you get; for the other companies, ask how many days an amount gives.
       *[other] Ask { $company } how many days an amount gives before you pay.
    }
# Context: friends' shared credit is Smart's rule (Share2Talk): other companies' pages
# mention only borrowed credit.
# Variables: $operator (text) - all, or the company's slug
overview-when-3 = { $operator ->
        [smart] Top up your own number with real credit. Borrowed credit and credit shared by a friend are not a safe way to keep it; see below.
        [all] Top up your own number with real credit. Borrowed credit and credit shared by a friend are not a safe way to keep it; see below.
       *[other] Top up your own number with real credit. Borrowed credit is not a safe way to keep it; see below.
    }
# Variables: $operator (text) - all, or the company's slug; $company (text) - its name
overview-lifecycle-operators-heading = { $operator ->
        [all] What the operators say
       *[other] What { $company } says
    }

overview-channels-heading = Four ways to top up

overview-watch-heading = Before and after you top up
overview-watch-validity-heading = Check the validity date
# Context: the list under it is every company's way to check, or only the page's company's.
# Variables: $operator (text) - all, or the company's slug; $company (text) - its name
overview-watch-validity = { $operator ->
        [all] Check your balance before you top up and again afterwards; the end date of your validity is in your company's SMS. Each operator has its own code or app for the balance:
       *[other] Check your balance before you top up and again afterwards; the end date of your validity is in { $company }'s SMS. With { $company }:
    }
overview-watch-offers-heading = Look at current offers
overview-watch-offers = Operators often run offers, such as extra data or more days for a larger top-up. Look at your operator's website or app before you pay. This guide does not list offers because they change often.
overview-watch-safety-heading = Pay safely
overview-watch-safety-1 = Use the operator's own website or app, or your bank's or e-wallet's app. Type the address yourself rather than following a link in a message.
overview-watch-safety-2 = Never give anyone a one-time code sent to your phone, even someone who says they work for the operator or the bank.
overview-watch-safety-3 = Check the phone number twice before you pay: a top-up sent to the wrong number is hard to get back.
overview-watch-receipts-heading = Keep the receipt
overview-watch-receipts = Keep the receipt, the transaction number or a screenshot until the top-up shows in your balance. You need it if the credit does not arrive.
overview-watch-traps-heading = Good to know


# Context: the part on what works from abroad, for the chosen company.
abroad-heading = From abroad

# Context: under "From abroad" on a way's page and the lookup's answer.
# Variables: $company (text) - the company's name, or "all" on a page for every company
abroad-someone = { $company ->
        [all] A relative or friend in Cambodia can top up your number at a kiosk or a shop that takes your company. They need only your number and your company.
       *[other] A relative or friend in Cambodia can top up your number at a kiosk or a shop that takes { $company }. They need only your number.
    }

# Variables: $operator (text)
abroad-none-online = { $operator } online from abroad: not known.

overview-leave-heading = Before you leave Cambodia

# Context: a checklist; add or remove items in every language at once. Items 1, 4 and 5 name
# the company on a company's page.
# Variables: $operator (text) - all, or the company's slug; $company (text) - its name
overview-leave-1 = { $operator ->
        [all] Top up for as long as your company allows, so the validity runs as far as it can.
       *[other] Top up for as long as { $company } allows, so the validity runs as far as it can.
    }

overview-leave-2 = Note the date your validity ends, and put it in your calendar: the plan below makes a calendar file with alerts.

overview-leave-3 = Move bank, WeChat, Alipay and other verification codes to a number you will keep, before your number can stop receiving SMS (day 61).

overview-leave-4 = { $operator ->
        [all] Keep the ID card or passport the SIM is registered to: your company asks for it when you need help.
       *[other] Keep the ID card or passport the SIM is registered to: { $company } asks for it when you need help.
    }
overview-leave-5 = { $operator ->
        [all] Check with your company that the SIM is registered to your own ID, the one your bank knows.
       *[other] Check with { $company } that the SIM is registered to your own ID, the one your bank knows.
    }

overview-cutoff-heading = My number was already cut off

# Context: numbered paragraphs; add or remove them in every language at once. Paragraph 2
# names the company on a company's page.
# Variables: $operator (text) - all, or the company's slug; $company (text) - its name
overview-cutoff-1 = Top up at once, by any of the four ways. Until day 60, codes still reach you if your SIM receives SMS where you are; from day 61 nothing arrives (see “How long you have”).

overview-cutoff-2 = { $operator ->
        [all] If the number is already closed, contact your company and have the ID the SIM is registered to ready. Most companies do not publish how to ask for a number back: ask yours.
       *[other] If the number is already closed, contact { $company } and have the ID the SIM is registered to ready.
    }

# Context: a company's overview (/en/smart/): its title and heading name the company.
# Variables: $operator (text) - the company's name, e.g. "Smart"
overview-page-title-operator = How to keep your { $operator } number
# Variables: $operator (text)
overview-heading-operator = Keep your { $operator } number
# Context: the reader's situations, as links on the first screen, under the company choice.
# "deadline": the last day to top up before the validity ends; links to the plan form.
situation-deadline = When is my deadline?
# Context: links to the part "My number was already cut off".
situation-cut-off = Already cut off?
# Context: links to the part on asking someone in Cambodia to top up the reader's number.
situation-someone = Someone in Cambodia can top up for you
# Context: a link under someone-intro to the slip form (/en/plan/slip/).
someone-slip-link = Make them a slip with your number and the exact steps, in their language
someone-heading = Ask someone in Cambodia to top up your number
# Context: followed by what applies to the company: a bank app, and (Smart) a dialling code.
# Variables: $app (text) - the bank app's name, or "none" where no bank app is known to cover the company;
#   $company (text) - the company's name, or "all" on the overview of every company
someone-intro = { $app ->
        [none] { $company ->
            [all] A relative or friend in Cambodia can top up your number at a kiosk or a shop that takes your company. They need only your number and your company.
           *[other] A relative or friend in Cambodia can top up your number at a kiosk or a shop that takes { $company }. They need only your number.
        }
       *[other] { $company ->
            [all] A relative or friend in Cambodia can top up your number at a kiosk or a shop that takes your company, or in their own bank app, { $app }. They need only your number and your company.
           *[other] A relative or friend in Cambodia can top up your number at a kiosk or a shop that takes { $company }, or in their own bank app, { $app }. They need only your number.
        }
    }
# Context: a company's overview, right under the company choice.
# Variables: $operator (text)
company-heading = { $operator } at a glance
company-check = Check the balance
company-hotline = Hotline

# Context: a part of the overview on SIM registration, with its facts below.
overview-registration-heading = Registration can cut a number off too

overview-registration = A number registered to someone else, or with wrong details, is at risk whatever you top up.

