# The overview page: /en/ and /en/{operator}/.

overview-page-title = How to keep your Cambodian prepaid number
overview-page-description = Why a Cambodian prepaid number is lost when it is not topped up, how long you have, and four ways to top up, also from abroad.

overview-heading = Keep your Cambodian prepaid number
overview-lead = If your Cambodian number still receives codes from your bank or apps, losing it is costly. Top it up before its validity runs out. This guide shows how, for each operator, and what works from abroad.

# Context: accessible name of the page's table of contents.
overview-toc-label = On this page

overview-about-heading = What a prepaid number needs
# Context: numbered paragraphs; add or remove them in every language at once.
overview-about-1 = A prepaid SIM runs on credit you buy in advance. Each top-up adds credit and also moves forward the date until which your number stays valid.
overview-about-2 = When that date passes, the number is not cut off at once. It goes through stages, and in the end the operator takes it back and can give it to someone else, who would then receive your codes.
overview-about-3 = You do not have to be in Cambodia to top up: some ways work from abroad, and for the others someone in Cambodia can do it for you.

overview-lifecycle-heading = How long you have
# Context: the stages after validity ends, drawn as a timeline. Day numbers count from the day after validity ends.
overview-stage-valid = Until the validity date: everything works.
# Variables: $outgoing_end (number) - last day of this stage
overview-stage-outgoing = Days 1 to { $outgoing_end }: you cannot call, send SMS or use data (emergency numbers still work). Calls and SMS to you, including verification codes, still arrive.
# Variables: $incoming_start (number); $incoming_end (number)
overview-stage-incoming = Days { $incoming_start } to { $incoming_end }: calls and SMS to you are blocked too. Codes no longer reach you.
# Variables: $resale_start (number); $resale_end (number)
overview-stage-resale = Days { $resale_start } to { $resale_end }: the number can be taken back at any time and later sold to someone else.

overview-when-heading = When to top up
overview-when-1 = Top up before the validity date, not after it. Check the date (see “Check the validity date” below) and set a reminder a week before.
overview-when-2 = The amount you top up decides how many days you get, and a small top-up buys only a few. Your operator's figures are below where we could confirm them.
overview-when-3 = Top up your own number with real credit. Borrowed credit and credit shared by a friend are not a safe way to keep it; see below.
overview-lifecycle-operators-heading = What the operators say

overview-channels-heading = Four ways to top up
overview-channels-intro = Choose the one that fits where you are. From abroad you can top up online yourself; for the other three, someone in Cambodia can go for you with your number.

overview-watch-heading = Before and after you top up
overview-watch-validity-heading = Check the validity date
overview-watch-validity = Check your balance and validity date before you top up and again afterwards. Each operator has its own code or app for this:
overview-watch-offers-heading = Look at current offers
overview-watch-offers = Operators often run offers, such as extra data or more days for a larger top-up. Look at your operator's website or app before you pay. This guide does not list offers because they change often.
overview-watch-safety-heading = Pay safely
overview-watch-safety-1 = Use the operator's own website or app, or your bank's app. Type the address yourself rather than following a link in a message.
overview-watch-safety-2 = Never give anyone a one-time code sent to your phone, even someone who says they work for the operator or the bank.
overview-watch-safety-3 = Check the phone number twice before you pay: a top-up sent to the wrong number is hard to get back.
overview-watch-receipts-heading = Keep the receipt
overview-watch-receipts = Keep the receipt, the transaction number or a screenshot until the top-up shows in your balance. You need it if the credit does not arrive.
overview-watch-traps-heading = Good to know

overview-summary-heading = In short
overview-summary-1 = Know your operator and the date your number's validity ends.
overview-summary-2 = Top up before that date; the amount decides how many days you get.
overview-summary-3 = From abroad, top up online, or ask someone in Cambodia to top up your number at a store, kiosk or shop.
overview-summary-4 = Pay only through official channels and keep the receipt.
overview-summary-5 = When in doubt, ask your operator: codes and rules change.
