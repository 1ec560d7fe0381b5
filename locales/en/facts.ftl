# One sentence per fact in src/facts.toml, as fact-<id>. The values (codes, days, names,
# links) come from facts.toml; keep every variable and do not write numbers or codes here.
# Variables written { $code } are dialling codes; { $site } and { $website } are links.

# Context: lead of the timeline of stages after validity ends (the stages are in overview.ftl).
# Variables: $outgoing_days, $incoming_days, $resale_days (numbers, used by the stages)
fact-trc-stages = The regulator's rule for every operator: after the validity date, your number goes through these stages, about half a year in all.

# Variables: $code (dialling code)
fact-mptc-cancel-add-ons = Every operator must let you cancel add-on services free of charge by dialling { $code }. Add-ons you no longer use can eat the credit you top up.

# Variables: $year (text)
fact-trc-no-borrowing = The regulator ordered operators to stop “borrow credit” services in { $year }. Do not plan on borrowed credit to keep your number.

# Variables: $year (text)
fact-sim-registration = Every SIM must be registered to a national ID card or a passport (rule of { $year }). A SIM registered with wrong details may be cut off.

# Variables: $app (text) - the app's name
fact-smart-app = Smart's app { $app } shows your balance and lets you top up.

# Variables: $code (dialling code)
fact-smart-card-code = To load a Smart scratch card, dial { $code }.

# Variables: $code (dialling code)
fact-smart-card-code-other-number = Someone in Cambodia with a Smart phone can load a Smart card onto your number: they dial { $code }. You can buy the card and send them its code.

# Context: followed by a table of all amounts.
# Variables: $smallest_usd, $smallest_days, $largest_usd, $largest_days (numbers)
fact-smart-validity-per-card = With a Smart top-up card, its value decides the days: ${ $smallest_usd } buys { $smallest_days ->
        [one] { $smallest_days } day
       *[other] { $smallest_days } days
    } of validity, ${ $largest_usd } buys { $largest_days ->
        [one] { $largest_days } day
       *[other] { $largest_days } days
    }.

# Variables: $kiosk (text) - a kiosk brand; $wallet (text) - a wallet's name
fact-smart-other-channels = Smart also takes top-ups online, at ATMs, at { $kiosk } machines and through { $wallet }.

# Variables: $code (dialling code)
fact-smart-balance-code = To check your Smart balance, dial { $code }.

# Variables: $days (number); $free_sim_days (number)
fact-smart-new-sim = A new Smart SIM that is never topped up is taken back after { $days } days ({ $free_sim_days } days for a free SIM).

# Variables: $service (text) - the service's name; $code (dialling code)
fact-smart-share2talk = Credit a friend sends you with Smart's { $service } ({ $code }) keeps the sender's validity date: it does not extend yours.

# Variables: $outgoing_days, $incoming_days, $restore_days, $total_days (numbers)
fact-metfone-stages = Metfone: { $outgoing_days } days with outgoing service blocked, then { $incoming_days } days with all service blocked. Then the number is closed but kept for { $restore_days } days in case you ask to restore it: { $total_days } days in all.

# Variables: $site (link); $min_usd, $max_usd (numbers); $methods (text) - a list of payment methods
fact-metfone-portal = Metfone's official top-up site { $site } takes ${ $min_usd } to ${ $max_usd } and accepts { $methods }, so you can pay from abroad too.

# Variables: $app (text)
fact-cellcard-app = Cellcard has its own app, { $app }.

# Variables: $code, $code2 (dialling codes); $app (text)
fact-cellcard-balance-code = To check your Cellcard balance, dial { $code } or { $code2 }, or open the { $app }.

# Variables: $days (number)
fact-cellcard-recycling = Cellcard: a number may be deleted or given to someone else if it is not topped up within { $days } days after its credit and plan run out.

# Variables: $code (dialling code)
fact-cellcard-card-code = To load a Cellcard scratch card, dial { $code }.

# Variables: $bank (text) - a bank's name; $wallet (text) - a wallet app's name
fact-cellcard-online = Cellcard's online top-up accepts payment through { $bank }, and the { $wallet } app can top up phones.

# Variables: $company (text); $prefix (text) - the first digits of its numbers
fact-cootel-prefix = CooTel numbers start with { $prefix }; the operator is { $company }.

# Variables: $brand (text); $prefix (text); $wallet (text)
fact-seatel-prefix = Seatel sells under the brand “{ $brand }”, and its numbers start with { $prefix }. Its wallet is called { $wallet }.

# Variables: $app (text); $menu (text) - menu names as the app shows them; $networks (text) - operator names; $checkout (text)
fact-aba-mobile = In ABA Bank's { $app } app, open { $menu } and choose your company ({ $networks }). You need an ABA account. A traveller reports that it works from abroad. { $checkout } is a payment option at online checkouts, not an app.

# Variables: $app (text)
fact-pipay-top-up = { $app } offers mobile top-up; check in the app which operators it covers.

# Variables: $brand (text)
fact-paygo-kiosk = At a { $brand } kiosk you type the phone number and pay. You do not insert a SIM card.

# Variables: $brand (text)
fact-truemoney-agents = { $brand } agents sell phone top-up over the counter.

# Variables: $anypay, $wing, $emoney (text) - names of payment services
fact-metfone-ways = Metfone credit can be bought with a scratch card, { $anypay }, { $wing } or { $emoney }.

# Variables: $days (number)
fact-metfone-restore = Metfone keeps a closed number for { $days } days, in which you can ask Metfone to restore it: contact Metfone and bring the ID the SIM is registered to.

# Variables: $days (number)
fact-cellcard-reactivate = Cellcard's terms say a number is suspended but kept for { $days } days, counted from the day its credit and plan run out, so that its owner can reactivate it.

# Variables: $wallet (text); $hotline (text) - a phone number
fact-mpay-hotline = Seatel's wallet { $wallet } has a hotline, { $hotline }. It is the wallet's line, not a SIM hotline.

# Variables: $days_1, $days_2, $days_3, $riel_days_1, $riel_days_2 (numbers); $from_1 … $to_3 (text) - dollar amounts; $riel_1, $riel_2 (number) - riel amounts, written with AMOUNT()
fact-smart-validity-online = Online, at PayGo kiosks and at ATMs, Smart gives { $days_1 } days for ${ $from_1 } to ${ $to_1 }, { $days_2 } days for ${ $from_2 } to ${ $to_2 } and { $days_3 } days for ${ $from_3 } to ${ $to_3 }; larger amounts give more days. Riel cards: { AMOUNT($riel_1) } riel gives { $riel_days_1 } days, { AMOUNT($riel_2) } riel { $riel_days_2 } days.

fact-trc-roaming = The regulator makes companies send you notices and rates for roaming. Codes reach you abroad only if roaming works for your SIM: ask your company before you leave.
# Context: Metfone's 4Ever plan (medium: an undated page). Keep "confirm first" and "not instead of a top-up".
# Variables: $plan (text); $days (number); $code (dialling code); $hotline (text) - Metfone's short hotline
fact-metfone-4ever = Metfone’s { $plan } plan has no validity limit as long as the number makes or takes a call, sends an SMS or uses data at least once every { $days } days. You join by dialling { $code }. First call { $hotline } from your Metfone SIM and ask whether it is still offered and applies to your SIM. It does not replace a top-up.
# Context: Cellcard's terms on a fake ID (checked 2026-12-05).
fact-cellcard-fake-id = Cellcard may suspend or end an account registered with a fake ID, or when the regulators tell it to. Its terms bind you to the ID rules (KYC/eKYC) for registering a SIM or eSIM.
# Context: two more points of the 2023 sub-decree on SIM registration.
# Variables: $days (number)
fact-sim-subdecree-points = Tourists staying in Cambodia under { $days } days are exempt from registration. If your SIM is lost or stolen, you keep the number by buying a replacement SIM.
# Context: the regulator's order after the 2023 sub-decree.
fact-trc-registration-order = The regulator has ordered companies to cut off numbers without accurate ID details, and several SIMs registered to one ID, after first telling those users to update their details.
# Context: the 2025 agreement to check SIM registrations against bank accounts. Never add a deadline or what happens to numbers that fail: neither is confirmed.
# Variables: $year (text)
fact-sim-bank-check = In December { $year } the National Bank of Cambodia and the Ministry of Posts and Telecommunications agreed to check SIM registrations against bank and payment accounts, to stop scams with unregistered numbers.
# Context: the regulator's rule on SMS notices (checked 2026-12-05).
fact-trc-sms-notices = Your company must send you an SMS before your validity ends, and one after every top-up that goes through, in Khmer or in the language you chose when you registered the SIM. Read your end date in that SMS.
