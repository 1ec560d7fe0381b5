# The four channel pages: /en/{channel}/ and /en/{operator}/{channel}/.
# Each channel has: -page-title, -page-description, -heading, -summary (its card on the
# overview), -intro, and numbered -need-N, -step-N, -benefit-N, -caution-N items. The page
# shows as many numbered items as this English file has; every language needs the same.

## Operator store

store-page-title = 到营业厅充值
store-page-description = 到运营商营业厅给柬埔寨预付费号码充值：要带什么、怎么办理，以及工作人员能帮你解决哪些问题。
store-heading = 到营业厅充值
store-summary = 工作人员帮你充值，SIM 卡和实名登记的问题也能当场处理。
store-intro = 各运营商在主要城市都有营业厅。工作人员可以帮你充值，告诉你有效期到期日，也能处理 SIM 卡和实名登记的问题。在柬埔寨的亲友也可以替你去办。
store-need-1 = 要充值的手机号码，以及它是哪家运营商的。
store-need-2 = 现金，或营业厅接受的其他付款方式。
store-need-3 = 如果还要补卡或更正实名信息，带上实名登记用的身份证或护照。
store-step-1 = 在运营商官网上查找离你最近的营业厅。
store-step-2 = 告诉工作人员要充值的号码和金额。
store-step-3 = 付款，拿好收据。
store-step-4 = 离开前，请工作人员给你看新的有效期到期日，或者自己查一下。
store-benefit-1 = 有问题可以当面问，当面解决。
store-benefit-2 = 补卡、更正实名信息，营业厅都能办。
store-benefit-3 = 也可以请别人替你去；如果只是充值，对方知道你的号码就行。
store-caution-1 = 各营业厅的营业时间和能办的业务不一样，去之前先确认。
store-caution-2 = 付款前问清楚这次充值有效多少天：有的运营商按充值金额决定有效天数。
store-caution-3 = 不要把 SIM 卡或手机交给陌生人。

## Self-service kiosk

kiosk-page-title = 在自助缴费机充值
kiosk-page-description = 在自助缴费机给柬埔寨预付费号码充值：输入号码、付款、留好凭证。PayGo 缴费机不用插 SIM 卡。
kiosk-heading = 在自助缴费机充值
kiosk-summary = 在缴费机屏幕上输入号码，然后付款。PayGo 缴费机不用插 SIM 卡。
kiosk-intro = 商场、超市等人多的地方常有自助缴费机。在屏幕上选运营商，输入手机号码，然后付款。
kiosk-need-1 = 要充值的手机号码，以及它是哪家运营商的。
kiosk-need-2 = 准备好付款：缴费机支持哪些付款方式，以屏幕显示为准。
kiosk-step-1 = 在屏幕上选择手机充值，再选运营商。
kiosk-step-2 = 输入手机号码，再核对一遍。
kiosk-step-3 = 选择金额。
kiosk-step-4 = 付款。
kiosk-step-5 = 取走收据，或给屏幕拍照，留到话费到账为止。
kiosk-benefit-1 = 方便快捷，不用排队，也不用填表。
kiosk-benefit-2 = 在柬埔寨的亲友只要知道你的号码，就能在 PayGo 缴费机上替你充值。
kiosk-caution-1 = 付款前核对屏幕上的号码，充错了号码，钱很难追回。
kiosk-caution-2 = 付款后查一下余额，确认话费已经到账。
kiosk-caution-3 = 如果一直没到账，凭收据联系缴费机所属的公司。

## Online: operator website or app, payment apps

online-page-title = 在线充值（官网、App、银行或电子钱包）
online-page-description = 人在国外也能在线给柬埔寨预付费号码充值。本页介绍怎样用运营商官网或 App、银行或电子钱包 App 充值，以及怎样安全付款。
online-heading = 在线充值
online-summary = 用运营商的官网或 App，也可以用银行或电子钱包 App。
online-intro = 在线充值的渠道有两类：一类是运营商自己的官网或 App，另一类是能给多家运营商充值的银行或电子钱包 App。用哪一类，要看你能用什么付款、人在哪里。
online-need-1 = 要充值的手机号码，以及它是哪家运营商的。
online-need-2 = 能用来付款的卡或账户：有的网站和 App 支持境外银行卡，有的只能用柬埔寨的银行或电子钱包账户。
online-need-3 = 手机能上网。
online-step-1 = 打开运营商的官网或 App，也可以打开你的银行或电子钱包 App。
online-step-2 = 选择充值；如果用的是银行或电子钱包 App，还要选运营商。
online-step-3 = 输入手机号码和金额。
online-step-4 = 核对无误后付款。
online-step-5 = 把付款成功的页面截图保存好，留到话费到账为止。
online-benefit-1 = 随时都能充；有些方式在国外也能用（见上文“人在国外怎么充”）。
online-benefit-2 = 也能给别人的号码充值。
online-benefit-3 = 每笔付款都有记录和交易号。
online-caution-1 = 网址自己输入，或者用官方 App；不要点消息里的充值链接。
online-caution-2 = 发到你手机上的验证码不要告诉任何人，哪怕对方自称是运营商或银行的工作人员。
online-caution-3 = 银行或电子钱包 App 不一定支持所有运营商，用之前先确认里面有没有你的运营商。
# Context: general advice on people who top up a number for a fee (代充 on shopping sites or chat groups). Name no company.
online-caution-4 = 淘宝、闲鱼或微信群里的收费代充不是运营商的服务。只通过官方渠道或你认识的人充值；在弄清对方身份之前，不要把充值密码发出去。

## Retail shop or agent

shop-page-title = 在代理点或手机店充值
shop-page-description = 在代理点或手机店给柬埔寨预付费号码充值：充值卡、打印在小票上的充值密码，以及各运营商充值用的拨号指令。
shop-heading = 在代理点或手机店充值
shop-summary = 代理点和手机店卖充值卡或打印在小票上的充值密码，也可以直接帮你充到号码上。
shop-intro = 很多小卖部、手机店和汇款代理点都能充值。你可以买一张充值卡，或者请店家把充值密码打印在小票上，再按运营商的拨号指令充进去；也可以请店家直接充到你的号码上。
shop-need-1 = 要充值的手机号码，以及它是哪家运营商的。
shop-need-2 = 现金。
shop-step-1 = 告诉店家你的运营商和要充的金额。
shop-step-2 = 如果拿到的是充值卡或打印在小票上的充值密码，按运营商的拨号指令输入充值密码（见下文“各运营商的具体做法”）。每家运营商的拨号指令都不一样。
shop-step-3 = 如果店家直接帮你充，把号码告诉对方，付款前在对方的屏幕上核对清楚。
shop-step-4 = 充完后查一下余额；确认到账前，留好充值卡或小票。
shop-benefit-1 = 可以直接用现金付款。
shop-benefit-2 = 只要你的运营商支持，在柬埔寨的亲友就可以买卡充到你的号码上（见上文“各运营商的具体做法”）。
shop-caution-1 = 检查充值卡包装有没有破损，涂层有没有被刮开。
shop-caution-2 = 充值卡或小票先别扔：万一话费没到账，要凭它查询。
shop-caution-3 = 充值卡只能给同一家运营商的号码充值。
shop-caution-4 = { $operator ->
        [smart] Smart 的有效天数由充值金额决定，具体见上文“Smart 的具体做法”。
        [all] 有效天数可能由充值金额决定（比如 Smart），请先问清楚，或看上文“各运营商的具体做法”。
       *[other] 充值金额对应的有效天数，请向 { $company } 问清楚。
    }

channel-abroad-tag = 在国外也能充值
channel-abroad-tag-some = 部分运营商的号码在国外也能充值
