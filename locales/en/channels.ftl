# The four channel pages: /en/{channel}/ and /en/{operator}/{channel}/.
# Each channel has: -page-title, -page-description, -heading, -summary (its card on the
# overview), -intro, and numbered -need-N, -step-N, -benefit-N, -caution-N items. The page
# shows as many numbered items as this English file has; every language needs the same.

## Operator store

store-page-title = Top up at an operator store
store-page-description = How to top up a Cambodian prepaid number at your operator's own store: what to bring, the steps, and what staff can fix.
store-heading = Top up at an operator store
store-summary = Staff top up your number and can fix problems with the SIM or its registration.
store-intro = Every operator has its own stores in towns and cities. Staff can top up your number, tell you when its validity ends and sort out problems with the SIM card or its registration. A family member in Cambodia can go for you.
store-need-1 = The phone number to top up, and its operator.
store-need-2 = Cash, or another way to pay that the store accepts.
store-need-3 = The ID card or passport the SIM is registered to, if you also need help with the SIM itself.
store-step-1 = Find a store of your operator; its website lists them.
store-step-2 = Tell the staff the number and how much you want to top up.
store-step-3 = Pay and take the receipt.
store-step-4 = Before you leave, ask the staff to show you the new validity date, or check it yourself.
store-benefit-1 = Staff answer questions and solve problems face to face.
store-benefit-2 = The right place if the SIM needs replacing or its registration needs fixing.
store-benefit-3 = Someone else can top up for you: for a top-up they need only your number.
store-caution-1 = Opening hours and services differ from store to store: check before you go.
store-caution-2 = Ask how many days of validity the top-up gives: it can depend on the amount (at Smart it does).
store-caution-3 = Do not hand your SIM card or phone to anyone you do not know.

## Self-service kiosk

kiosk-page-title = Top up at a self-service kiosk
kiosk-page-description = How to top up a Cambodian prepaid number at a payment kiosk: type the number, pay, keep the receipt. At PayGo, no SIM card goes in.
kiosk-heading = Top up at a self-service kiosk
kiosk-summary = Type the number on a payment kiosk's screen and pay. At PayGo, no SIM card goes in.
kiosk-intro = Payment kiosks stand in busy places such as shopping centres and marts. You choose the company, type the phone number and pay.
kiosk-need-1 = The phone number to top up, and its operator.
kiosk-need-2 = A way to pay that the kiosk accepts; its screen shows which.
kiosk-step-1 = On the screen, choose mobile top-up, then your operator.
kiosk-step-2 = Type the phone number and check it twice.
kiosk-step-3 = Choose the amount.
kiosk-step-4 = Pay.
kiosk-step-5 = Take the receipt, or photograph the screen, and keep it until the top-up shows in your balance.
kiosk-benefit-1 = Quick, with no queue and no paperwork.
kiosk-benefit-2 = At a PayGo kiosk, someone in Cambodia can top up your number with only the number: no SIM card goes in.
kiosk-caution-1 = Check the number on the screen before you pay: a top-up sent to the wrong number is hard to get back.
kiosk-caution-2 = Keep the receipt until your balance shows the top-up.
kiosk-caution-3 = If the top-up does not arrive, contact the company that runs the kiosk and show the receipt.

## Online: operator website or app, payment apps

online-page-title = Top up online: operator website, app or payment app
online-page-description = How to top up a Cambodian prepaid number online, also from abroad: operator websites and apps, bank and wallet apps, and how to pay safely.
online-heading = Top up online
online-summary = Your company's website or app, or a bank or wallet app.
online-intro = There are two kinds: your company's own website or app, and bank or wallet apps that sell top-ups for several companies. What you can pay with, and where you are, decide which one works for you.
online-need-1 = The phone number to top up, and its operator.
online-need-2 = A way to pay that the site or app accepts: some take foreign cards, others need a Cambodian bank or wallet account.
online-need-3 = An internet connection.
online-step-1 = Open your operator's website or app, or your bank or wallet app.
online-step-2 = Choose top-up and, in a bank or wallet app, your operator.
online-step-3 = Enter the phone number and the amount.
online-step-4 = Check both, then pay.
online-step-5 = Keep the confirmation or a screenshot until the top-up shows in your balance.
online-benefit-1 = Some ways work from abroad (see “From abroad” above), at any hour.
online-benefit-2 = You can top up other people's numbers too.
online-benefit-3 = You get a record of the payment with a transaction number.
online-caution-1 = Type the address yourself or use the official app; do not follow top-up links in messages.
online-caution-2 = Never share a one-time code sent to your phone, not even with someone who says they work for the operator or the bank.
online-caution-3 = A bank or wallet app may not cover every operator: check that yours is listed before you rely on it.
# Context: general advice on people who top up a number for a fee (代充 on shopping sites or chat groups). Name no company.
online-caution-4 = Paid top-up resellers, in online shops or chat groups, are not the phone company. Pay only through official channels or people you know, and never send a card code before you are sure who receives it.

## Retail shop or agent

shop-page-title = Top up at a shop or agent
shop-page-description = How to top up a Cambodian prepaid number at a shop or agent: scratch cards, printed top-up codes, and the code each operator uses to load them.
shop-heading = Top up at a shop or agent
shop-summary = Small shops and agents sell scratch cards or printed top-up codes, or top up the number for you.
shop-intro = Many small shops, phone shops and money-transfer agents sell top-up. You get a scratch card or a printed code that you load by dialling your operator's code, or the seller tops up the number directly.
shop-need-1 = The phone number, and which operator it belongs to.
shop-need-2 = Cash.
shop-step-1 = Tell the seller your operator and the amount you want.
shop-step-2 = If you get a card or a printed code, dial your operator's code with it (see the details below). Each operator has its own code.
shop-step-3 = If the seller tops up directly, give the number and check it on their screen before you pay.
shop-step-4 = Check your balance afterwards, and keep the card or slip until the top-up shows.
shop-benefit-1 = You pay the seller in cash.
shop-benefit-2 = Someone in Cambodia can buy a card and load it onto your number, where the company allows it (see the details above).
shop-caution-1 = Check that the card is sealed and not already scratched.
shop-caution-2 = Keep the card or slip until the top-up shows in your balance.
shop-caution-3 = A card of one operator does not work on another operator's number.
# Variables: $operator (text) - smart, all, or another company's slug; $company (text) - its name
shop-caution-4 = { $operator ->
        [smart] The amount decides the days of validity: check Smart's figures above.
        [all] The amount can decide the days of validity (at Smart it does): ask, or check your company's figures above.
       *[other] Ask { $company } how many days the amount gives.
    }

# Context: a tag on a way to top up that works from abroad for the chosen company.
channel-abroad-tag = Works from abroad
# Context: the same tag when no company is chosen.
channel-abroad-tag-some = Works from abroad for some companies
