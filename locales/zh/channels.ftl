# The four channel pages: /en/{channel}/ and /en/{operator}/{channel}/.
# Each channel has: -page-title, -page-description, -heading, -summary (its card on the
# overview), -intro, and numbered -need-N, -step-N, -benefit-N, -caution-N items. The page
# shows as many numbered items as this English file has; every language needs the same.

## Operator store

store-page-title = 在运营商营业厅充值
store-page-description = 怎样在运营商自己的营业厅为柬埔寨预付费号码充值：要带什么、怎么办理、工作人员能帮你解决哪些问题。
store-heading = 在运营商营业厅充值
store-summary = 工作人员帮你充值，还能处理 SIM 卡和实名登记的问题。
store-intro = 各运营商在城镇都有自己的营业厅。工作人员可以为你的号码充值、告诉你有效期到哪天，并处理 SIM 卡或实名登记的问题。你的家人也可以在柬埔寨替你去办。
store-need-1 = 要充值的手机号码，以及它属于哪家运营商。
store-need-2 = 现金，或营业厅接受的其他付款方式。
store-need-3 = 如果还要办理 SIM 卡本身的业务，请带上登记这张卡时用的身份证或护照。
store-step-1 = 找到你的运营商的营业厅，运营商网站上有列表。
store-step-2 = 告诉工作人员号码和充值金额。
store-step-3 = 付款并拿好收据。
store-step-4 = 离开前请工作人员给你看新的到期日，或者自己查一下。
store-benefit-1 = 有工作人员当面解答问题、解决问题。
store-benefit-2 = 需要补换 SIM 卡或更正实名登记时，这里是正确的地方。
store-benefit-3 = 别人可以代你充值：只是充值的话，只需要你的号码。
store-caution-1 = 各营业厅的营业时间和业务范围不同，出发前先确认。
store-caution-2 = 问清楚这次充值能延长多少天，天数取决于金额。
store-caution-3 = 不要把 SIM 卡或手机交给不认识的人。

## Self-service kiosk

kiosk-page-title = 在自助缴费机充值
kiosk-page-description = 怎样在自助缴费机为柬埔寨预付费号码充值：输入号码、付款、保留凭证。不需要插 SIM 卡。
kiosk-heading = 在自助缴费机充值
kiosk-summary = 在缴费机屏幕上输入号码并付款，完全不需要你的 SIM 卡。
kiosk-intro = 自助缴费机设在商场、超市等人多的地方。选择运营商、输入手机号码、付款即可。缴费机不需要你的 SIM 卡，也不需要你的手机，所以任何人都可以替你充值。
kiosk-need-1 = 要充值的手机号码，以及它属于哪家运营商。
kiosk-need-2 = 缴费机接受的付款方式，屏幕上会显示。
kiosk-step-1 = 在屏幕上选择手机充值，再选择运营商。
kiosk-step-2 = 输入手机号码，核对两遍。
kiosk-step-3 = 选择金额。
kiosk-step-4 = 付款。
kiosk-step-5 = 取走收据或拍下屏幕，保留到余额显示到账为止。
kiosk-benefit-1 = 快，不用排队，也不用填表。
kiosk-benefit-2 = 在柬埔寨的任何人都能替你充值：不需要 SIM 卡，只要号码。
kiosk-caution-1 = 付款前核对屏幕上的号码：充错号码的钱很难追回。
kiosk-caution-2 = 保留收据，直到余额显示到账。
kiosk-caution-3 = 如果没有到账，请带着收据联系缴费机的运营公司。

## Online: operator website or app, payment apps

online-page-title = 在线充值：运营商网站、App 或支付 App
online-page-description = 怎样在线为柬埔寨预付费号码充值（人在国外也可以）：运营商网站和 App、银行和钱包 App，以及如何安全付款。
online-heading = 在线充值
online-summary = 运营商的网站或 App，或者银行、电子钱包 App。其中有些在国外也能用。
online-intro = 有两类：运营商自己的网站或 App，以及能给多家运营商充值的银行或电子钱包 App。用哪一种，取决于你能用什么付款，以及你在哪里。
online-need-1 = 要充值的手机号码，以及它属于哪家运营商。
online-need-2 = 网站或 App 接受的付款方式：有的接受外国银行卡，有的需要柬埔寨的银行或钱包账户。
online-need-3 = 能上网。
online-step-1 = 打开运营商的网站或 App，或者你的银行、钱包 App。
online-step-2 = 选择充值；在银行或钱包 App 里还要选择运营商。
online-step-3 = 输入手机号码和金额。
online-step-4 = 核对无误后付款。
online-step-5 = 保留付款确认或截图，直到余额显示到账。
online-benefit-1 = 有些方式在国外也能用（见上面的“人在国外”），随时可以充。
online-benefit-2 = 也可以为别人的号码充值。
online-benefit-3 = 有带交易号的付款记录。
online-caution-1 = 网址自己输入，或使用官方 App；不要点消息里的充值链接。
online-caution-2 = 发到你手机上的一次性验证码不要告诉任何人，即使对方自称是运营商或银行的工作人员。
online-caution-3 = 银行或钱包 App 不一定支持所有运营商：依靠它之前，先确认里面有你的运营商。

## Retail shop or agent

shop-page-title = 在商店或代理点充值
shop-page-description = 怎样在商店或代理点为柬埔寨预付费号码充值：充值卡、打印的充值码，以及各运营商用来充值的代码。
shop-heading = 在商店或代理点充值
shop-summary = 小商店和代理点卖充值卡或打印充值码，也可以直接帮你充到号码上。
shop-intro = 很多小商店、手机店和汇款代理点都能充值。你会拿到一张充值卡或一张打印的充值码，再拨打运营商的充值代码输入；也可以请店家直接充到你的号码上。
shop-need-1 = 手机号码，以及它属于哪家运营商。
shop-need-2 = 现金。
shop-step-1 = 告诉店家你的运营商和想充的金额。
shop-step-2 = 如果拿到充值卡或打印的充值码，用它拨打运营商的充值代码（见下方详情）。每家运营商的代码都不一样。
shop-step-3 = 如果店家直接充值，把号码告诉对方，并在付款前在对方屏幕上核对。
shop-step-4 = 充值后查一下余额，到账之前保留好充值卡或小票。
shop-benefit-1 = 能充值的商店遍布全国。
shop-benefit-2 = 在柬埔寨的人可以买卡替你充到你的号码上（前提是运营商支持，见下文）。
shop-caution-1 = 检查充值卡是否密封、没有被刮开过。
shop-caution-2 = 保留充值卡或小票，直到余额显示到账。
shop-caution-3 = 一家运营商的充值卡不能给另一家运营商的号码充值。
shop-caution-4 = 充值金额可能决定有效天数（Smart 就是这样）：请问清楚，或查看下面你的运营商的数据。

channel-abroad-tag = 在国外也能充
channel-abroad-tag-some = 部分运营商在国外也能充
