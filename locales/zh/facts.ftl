# One sentence per fact in src/facts.toml, as fact-<id>. The values (codes, days, names,
# links) come from facts.toml; keep every variable and do not write numbers or codes here.
# Variables written { $code } are dialling codes; { $site } and { $website } are links.

# Context: lead of the timeline of stages after validity ends (the stages are in overview.ftl).
# Variables: $outgoing_days, $incoming_days, $resale_days (numbers, used by the stages)
fact-trc-stages = 监管机构对所有运营商的规定：有效期到期后，号码会依次经历以下几个阶段，前后大约半年。

# Variables: $code (dialling code)
fact-mptc-cancel-add-ons = 拨打 { $code } 可以免费退订增值业务，所有运营商都必须支持。用不上的增值业务可能会消耗你充进去的话费。

# Variables: $year (text)
fact-trc-no-borrowing = 监管机构已在{ $year }年下令运营商停止“借话费”服务。保号不要指望借话费。

# Variables: $year (text)
fact-sim-registration = 按{ $year }年的规定，每张 SIM 卡都必须用身份证或护照做实名登记。登记信息有误的 SIM 卡可能被停机。

# Variables: $app (text) - the app's name
fact-smart-app = Smart 官方 App { $app } 可以查余额，也可以充值。

# Variables: $code (dialling code)
fact-smart-card-code = 用 Smart 充值卡充值：拨打 { $code }。

# Variables: $code (dialling code)
fact-smart-card-code-other-number = 如果你用的是 Smart，亲友可以用自己的 Smart 号码拨打 { $code }，把 Smart 充值卡充到你的号码上。充值卡也可以由你先买好，需要时把充值密码发给对方。

# Context: followed by a table of all amounts.
# Variables: $smallest_usd, $smallest_days, $largest_usd, $largest_days (numbers)
fact-smart-validity-per-card = 用 Smart 充值卡充值，有效天数由面值决定：充{ $smallest_usd }美元有效{ $smallest_days }天，充{ $largest_usd }美元有效{ $largest_days }天。

# Variables: $kiosk (text) - a kiosk brand; $wallet (text) - a wallet's name
fact-smart-other-channels = 除了用充值卡，Smart 号码还可以在线充值，或在 { $kiosk } 缴费机、ATM 上充值，也可以用 { $wallet } 电子钱包充值。

# Variables: $code (dialling code)
fact-smart-balance-code = 查 Smart 余额：拨打 { $code }。

# Variables: $days (number); $free_sim_days (number)
fact-smart-new-sim = 新买的 Smart SIM 卡如果一直没充值，{ $days }天后号码会被回收（免费 SIM 卡为{ $free_sim_days }天）。

# Variables: $service (text) - the service's name; $code (dialling code)
fact-smart-share2talk = 朋友用 Smart 的 { $service }（{ $code }）转给你的话费，有效期跟着对方的号码走，不会延长你号码的有效期。

# Variables: $outgoing_days, $incoming_days, $restore_days, $total_days (numbers)
fact-metfone-stages = Metfone：先单向停机{ $outgoing_days }天，再双向停机{ $incoming_days }天；之后号码注销，但还会保留{ $restore_days }天，供你申请恢复。前后共{ $total_days }天。

# Variables: $site (link); $min_usd, $max_usd (numbers); $methods (text) - a list of payment methods
fact-metfone-portal = Metfone 的官方充值网站 { $site } 有中文界面，可以充{ $min_usd }至{ $max_usd }美元，支持 { $methods }，人在国外也能付款。

# Variables: $app (text)
fact-cellcard-app = Cellcard 有自己的官方 App：{ $app }。

# Variables: $code (dialling code); $app (text)
fact-cellcard-balance-code = 查 Cellcard 余额：拨打 { $code } 或 { $code2 }，或者打开 { $app }。

# Variables: $days (number)
fact-cellcard-recycling = Cellcard：余额和套餐到期后，如果{ $days }天内没有充值，号码可能被注销，或回收后重新放号给别人。

# Variables: $code (dialling code)
fact-cellcard-card-code = 用 Cellcard 充值卡充值：拨打 { $code }。

# Variables: $bank (text) - a bank's name; $wallet (text) - a wallet app's name
fact-cellcard-online = 在线给 Cellcard 号码充值，可以用 { $bank } 银行付款；也可以用 { $wallet } App 充。

# Variables: $company (text); $prefix (text) - the first digits of its numbers
fact-cootel-prefix = CooTel 的号码以 { $prefix } 开头，运营公司是 { $company }。

# Variables: $brand (text); $prefix (text); $wallet (text)
fact-seatel-prefix = Seatel 对外用的品牌是 { $brand }，号码以 { $prefix } 开头，电子钱包叫 { $wallet }。

# Variables: $app (text); $menu (text) - menu names as the app shows them; $networks (text) - operator names; $checkout (text)
fact-aba-mobile = 如果你有 ABA 银行账户，可以在 { $app } App 里依次点 { $menu }，再选运营商（支持 { $networks }）。有旅行者反映，人在国外也能用这个 App 充值。（{ $checkout } 是网购结账时的付款方式，和 { $app } 不是一回事。）

# Variables: $app (text)
fact-pipay-top-up = { $app } 可以给手机号充值。

# Variables: $brand (text)
fact-paygo-kiosk = 在 { $brand } 缴费机上输入手机号码再付款，不用插 SIM 卡。

# Variables: $brand (text)
fact-truemoney-agents = { $brand } 代理点可以在柜台办理手机充值。

fact-metfone-ways = Metfone 可以用充值卡、{ $anypay }、{ $wing } 或 { $emoney } 充值。

fact-metfone-restore = Metfone：号码注销后还会保留{ $days }天，这期间可以申请恢复。请带上实名登记用的证件，到 Metfone 营业厅办理。

fact-cellcard-reactivate = Cellcard：按其条款，余额和套餐到期后{ $days }天内号码仍会保留，这期间可以申请恢复。

fact-mpay-hotline = Seatel 的电子钱包 { $wallet } 有单独的客服热线 { $hotline }，只管钱包的事；SIM 卡的问题要找 Seatel 客服。

fact-smart-validity-online = Smart：在线充值、在 PayGo 缴费机或 ATM 充值，有效天数按金额算：{ $from_1 }至{ $to_1 }美元有效{ $days_1 }天；{ $from_2 }至{ $to_2 }美元有效{ $days_2 }天；{ $from_3 }至{ $to_3 }美元有效{ $days_3 }天；充得越多，天数越长。瑞尔充值卡：面值{ AMOUNT($riel_1) }瑞尔的有效{ $riel_days_1 }天，{ AMOUNT($riel_2) }瑞尔的有效{ $riel_days_2 }天。

fact-trc-roaming = 出国前，先向运营商确认你的号码有没有开通国际漫游，开通了才能在国外收到验证码。按监管规定，运营商要向你发送漫游提示和资费标准。
# Context: Metfone's 4Ever plan (medium: an undated page). Keep "confirm first" and "not instead of a top-up".
# Variables: $plan (text); $days (number); $code (dialling code); $hotline (text) - Metfone's short hotline
fact-metfone-4ever = Metfone 有一种 { $plan } 套餐：号码只要每{ $days }天至少打或接一次电话、发一条短信或用一次流量，就没有有效期限制，拨号指令 { $code } 办理。办理前先用你的 Metfone SIM 卡拨 { $hotline }，问清楚这个套餐还有没有、适不适用于你的卡。它不能代替充值。
# Context: Cellcard's terms on a fake ID (checked 2026-12-05).
fact-cellcard-fake-id = Cellcard 的条款要求 SIM 卡和 eSIM 都按规定做实名登记。如果号码是用假证件登记的，或者监管机构提出要求，Cellcard 可以暂停或终止服务。
# Context: two more points of the 2023 sub-decree on SIM registration.
# Variables: $days (number)
fact-sim-subdecree-points = 在柬埔寨停留不到{ $days }天的游客不用做实名登记。如果 SIM 卡丢失或被盗，可以补卡，原号码不变。
# Context: the regulator's order after the 2023 sub-decree.
fact-trc-registration-order = 监管机构要求运营商停掉实名信息不准确的号码，用同一证件登记的多张 SIM 卡也要停掉；停机前，运营商要先通知这些用户更新信息。
# Context: the 2025 agreement to check SIM registrations against bank accounts. Never add a deadline or what happens to numbers that fail: neither is confirmed.
# Variables: $year (text)
fact-sim-bank-check = { $year }年12月，柬埔寨国家银行和邮电部签署协议，将利用银行和支付账户的信息核对 SIM 卡的实名信息，防止未登记的号码被用来诈骗。
# Context: the regulator's rule on SMS notices (checked 2026-12-05).
fact-trc-sms-notices = 按监管规定，运营商要在有效期到期前给你发短信，每次充值成功后也要发短信。短信用高棉语，或用你实名登记时选的语言。有效期到期日以运营商的短信为准。
