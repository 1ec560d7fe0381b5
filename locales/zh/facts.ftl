# One sentence per fact in src/facts.toml, as fact-<id>. The values (codes, days, names,
# links) come from facts.toml; keep every variable and do not write numbers or codes here.
# Variables written { $code } are dialling codes; { $site } and { $website } are links.

# Context: lead of the timeline of stages after validity ends (the stages are in overview.ftl).
# Variables: $outgoing_days, $incoming_days, $resale_days (numbers, used by the stages)
fact-trc-stages = 监管机构对所有运营商的规定：有效期结束后，号码会经过以下几个阶段，前后大约半年。

# Variables: $code (dialling code)
fact-mptc-cancel-add-ons = 所有运营商都必须让你免费拨打 { $code } 取消增值服务。不再使用的增值服务会扣掉你充进去的话费。

# Variables: $year (text)
fact-trc-no-borrowing = 监管机构已于 { $year } 年下令运营商停止“借话费”服务。不要指望靠借话费来保号。

# Variables: $year (text)
fact-sim-registration = 每张 SIM 卡都必须用身份证或护照实名登记（{ $year } 年的规定）。登记信息有误的 SIM 卡可能被停用，所以请保管好登记时用的证件。

# Variables: $app (text) - the app's name
fact-smart-app = Smart 的 App「{ $app }」可以查余额，也可以充值。

# Variables: $code (dialling code)
fact-smart-card-code = 使用 Smart 充值卡：拨打 { $code }。

# Variables: $code (dialling code)
fact-smart-card-code-other-number = 在柬埔寨的人可以用自己的 Smart 手机，把 Smart 充值卡充到你的号码上：拨打 { $code }。你也可以自己买卡，把充值密码发给对方。

# Context: followed by a table of all amounts.
# Variables: $smallest_usd, $smallest_days, $largest_usd, $largest_days (numbers)
fact-smart-validity-per-card = Smart 的有效天数由充值金额决定：{ $smallest_usd } 美元可用 { $smallest_days } 天，{ $largest_usd } 美元可用 { $largest_days } 天。

# Variables: $kiosk (text) - a kiosk brand; $wallet (text) - a wallet's name
fact-smart-other-channels = Smart 还可以通过网上、ATM、{ $kiosk } 缴费机和 { $wallet } 充值。

# Variables: $code (dialling code)
fact-smart-balance-code = 查询 Smart 余额：拨打 { $code }。

# Variables: $days (number); $free_sim_days (number)
fact-smart-new-sim = 新的 Smart SIM 卡如果从未充值，{ $days } 天后会被收回（免费 SIM 卡为 { $free_sim_days } 天）。

# Variables: $service (text) - the service's name; $code (dialling code)
fact-smart-share2talk = 朋友通过 Smart 的 { $service }（{ $code }）转给你的话费，沿用的是对方的有效期，不会延长你的有效期。

# Variables: $outgoing_days, $incoming_days, $restore_days, $total_days (numbers)
fact-metfone-stages = Metfone：先停止呼出 { $outgoing_days } 天，再双向停机 { $incoming_days } 天；之后号码被注销，但会保留 { $restore_days } 天供你申请恢复，前后共 { $total_days } 天。

# Variables: $site (link); $min_usd, $max_usd (numbers); $methods (text) - a list of payment methods
fact-metfone-portal = Metfone 官方充值网站 { $site } 可充 { $min_usd } 至 { $max_usd } 美元，支持 { $methods }，人在国外也能付款。

# Variables: $app (text)
fact-cellcard-app = Cellcard 有自己的 App：{ $app }。

# Variables: $code (dialling code); $app (text)
fact-cellcard-balance-code = 查询 Cellcard 余额：拨打 { $code } 或 { $code2 }，或者打开 { $app }。

# Variables: $days (number)
fact-cellcard-recycling = Cellcard：余额和套餐用完后 { $days } 天内没有充值，号码可能被删除或分配给别人。

# Variables: $code (dialling code)
fact-cellcard-card-code = 使用 Cellcard 充值卡：拨打 { $code }。

# Variables: $bank (text) - a bank's name; $wallet (text) - a wallet app's name
fact-cellcard-online = Cellcard 的在线充值支持通过 { $bank } 付款，{ $wallet } App 也可以给手机充值。

# Variables: $company (text); $prefix (text) - the first digits of its numbers
fact-cootel-prefix = CooTel 的号码以 { $prefix } 开头，运营公司是 { $company }。

# Variables: $brand (text); $prefix (text); $wallet (text)
fact-seatel-prefix = Seatel 以“{ $brand }”品牌销售，号码以 { $prefix } 开头。它的电子钱包叫 { $wallet }。

# Variables: $app (text); $menu (text) - menu names as the app shows them; $networks (text) - operator names; $checkout (text)
fact-aba-mobile = 在 ABA 银行的 { $app } App 里，打开 { $menu }，选择你的运营商（{ $networks }）。你需要有 ABA 账户。有旅行者反映在国外也能用。{ $checkout } 是网上结账时的一种付款选项，不是 App。

# Variables: $app (text)
fact-pipay-top-up = { $app } 提供手机充值；支持哪些运营商，请在 App 里确认。

# Variables: $brand (text)
fact-paygo-kiosk = 在 { $brand } 缴费机上，输入手机号码并付款即可，不需要插入 SIM 卡。

# Variables: $brand (text)
fact-truemoney-agents = { $brand } 代理点可以在柜台办理手机充值。

fact-metfone-ways = Metfone 话费可以用充值卡、{ $anypay }、{ $wing } 或 { $emoney } 购买。

fact-metfone-restore = Metfone：在这 180 天的最后 { $days } 天里，可以向 Metfone 申请恢复已注销的号码。

fact-cellcard-reactivate = Cellcard 的条款说，号码停用后会保留 { $days } 天，机主可以在此期间重新开通。

fact-mpay-hotline = Seatel 的电子钱包 { $wallet } 有客服热线 { $hotline }。这是钱包的热线，不是 SIM 卡的客服热线。

fact-smart-validity-online = 通过网上、PayGo 自助缴费机和 ATM 给 Smart 充值：{ $from_1 }至{ $to_1 }美元有效{ $days_1 }天，{ $from_2 }至{ $to_2 }美元有效{ $days_2 }天，{ $from_3 }至{ $to_3 }美元有效{ $days_3 }天；金额越大，天数越多。瑞尔充值卡：{ $riel_1 }瑞尔有效{ $riel_days_1 }天，{ $riel_2 }瑞尔有效{ $riel_days_2 }天。

fact-trc-roaming = 监管机构要求运营商向你发送国际漫游通知和资费。只有你的 SIM 卡能用国际漫游，验证码才能在国外收到：出国前请向运营商确认。
