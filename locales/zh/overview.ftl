# The overview page: /en/ and /en/{operator}/.

overview-page-title = 如何保住你的柬埔寨预付费号码
overview-page-description = 柬埔寨预付费号码不充值会怎样、还剩多少时间，以及四种充值方式（包括人在国外时怎么办）。

overview-heading = 保住你的柬埔寨号码
overview-lead = 在有效期到期前充值，否则号码和它接收的验证码都会丢失。先选运营商，再选充值方式。

overview-about-heading = 预付费号码需要什么
# Context: numbered paragraphs; add or remove them in every language at once.
overview-about-1 = 预付费 SIM 卡靠预先充值的话费使用。每次充值不仅增加余额，也会把号码的有效期往后延。
overview-about-2 = 有效期过后，号码不会马上被停用，而是分阶段受限，最后被运营商收回并可能转给别人——那个人就会收到你的验证码。
overview-about-3 = 充值不一定要人在柬埔寨：有些方式在国外也能用，其他方式可以请在柬埔寨的人代办。

overview-lifecycle-heading = 你还有多少时间
timeline-lead = 有效期结束后会发生什么：这是监管机构对所有运营商的规定。第1天是有效期最后一天的次日。
timeline-lead-operator = { $operator } 号码有效期结束后会发生什么。第1天是有效期最后一天的次日。
stage-days-ends = 有效期最后一天
stage-days-range = 第{ $from }至{ $until }天
stage-days-from = 自第{ $from }天起
stage-ends-title = 有效
stage-ends-what = 一切正常。请在这一天结束前充值。
stage-outgoing-title = 单向停机
stage-outgoing-what = 不能打电话、发短信或上网，紧急电话除外。别人打来的电话和发来的短信，包括验证码，仍然能收到。
stage-incoming-title = 双向停机
stage-incoming-what = 来电和短信也被停止，验证码收不到了。
stage-resale-title = 可能被回收
stage-resale-what = 号码随时可能被回收，并重新放号给别人。
stage-restore-title = 已注销
stage-restore-what = 号码已注销，但你仍可以向 { $operator } 申请恢复。
stage-deleted-title = 可能被删除
stage-deleted-what = 号码可能被删除，或重新放号给别人。
overview-reminder-button = 查看你的日期，添加日历提醒

overview-when-heading = 什么时候充值
overview-when-1 = 在有效期结束前充值，不要等过期以后。先查好到期日（见下文“查询有效期”），并在到期前一周设好提醒。
overview-when-2 = 在 Smart，充值金额决定有效天数，小额充值只能延长几天。其他运营商的规定，请向运营商询问。
overview-when-3 = 请用真正的充值为自己的号码续费。借来的话费或朋友转给你的话费都不是保号的可靠办法，详见下文。
overview-lifecycle-operators-heading = 各运营商的规定

overview-channels-heading = 四种充值方式
overview-channels-intro = 选最适合你所在地的方式。人在国外可以自己在线充值；其他三种方式，可以请在柬埔寨的人拿着你的号码代办。

overview-watch-heading = 充值前后要注意
overview-watch-validity-heading = 查询有效期
overview-watch-validity = 充值前和充值后都查一下余额和到期日。各运营商的查询代码或 App 不同：
overview-watch-offers-heading = 看看当前优惠
overview-watch-offers = 运营商经常有优惠，例如充得多送流量或送天数。付款前先看看运营商的网站或 App。优惠变化快，本指南不列出具体优惠。
overview-watch-safety-heading = 安全付款
overview-watch-safety-1 = 使用运营商自己的网站或 App，或者你的银行 App。网址请自己输入，不要点消息里的链接。
overview-watch-safety-2 = 发到你手机上的一次性验证码不要告诉任何人，即使对方自称是运营商或银行的工作人员。
overview-watch-safety-3 = 付款前把号码核对两遍：充错号码的钱很难追回。
overview-watch-receipts-heading = 保留凭证
overview-watch-receipts = 在余额显示到账之前，保留收据、交易号或截图。如果没有到账，需要用它来查询。
overview-watch-traps-heading = 还要知道

overview-summary-heading = 总结
overview-summary-1 = 弄清楚你的运营商和号码的到期日。
overview-summary-2 = 在到期日前充值；充值金额决定延长的天数。
overview-summary-3 = 人在国外就在线充值，或者请在柬埔寨的人到营业厅、自助缴费机或商店替你充值。
overview-summary-4 = 只通过官方渠道付款，并保留凭证。
overview-summary-5 = 有疑问就问运营商：代码和规定都会变。

abroad-heading = 人在国外

abroad-someone = 在柬埔寨的亲友可以到自助缴费机或代理点替你充值，只需要你的号码和运营商。

abroad-none-online = 目前没有经核实的方法，能在国外给 { $operator } 号码在线充值。

overview-leave-heading = 离开柬埔寨之前

overview-leave-1 = 按运营商允许的最长期限充值，让有效期尽量延长。

overview-leave-2 = 记下有效期到期日，并添加日历提醒（见页面底部的“号码日期和日历提醒”）。

overview-leave-3 = 在号码可能收不到短信之前（第61天起），把银行、微信、支付宝等账户的验证手机号换成你会一直保留的号码。

overview-leave-4 = 保管好办理实名登记时用的身份证或护照：向运营商求助时需要出示。

overview-cutoff-heading = 号码已经停机了

overview-cutoff-1 = 马上用上面四种方式中的任何一种充值。第60天以前仍能收到验证码；从第61天起什么都收不到（见“你还有多少时间”）。

overview-cutoff-2 = 如果号码已被注销，请联系运营商，并带上实名登记时用的证件。怎样申请恢复，运营商没有公布，请直接询问。
