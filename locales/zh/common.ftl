# Words used on every page: header, language switch, operator filter, facts, footer.

site-name = 柬埔寨手机号保号充值指南
site-tagline = 独立指南，不是任何运营商的官方网站

# Context: the <title> of every page.
# Variables: $title (text) - the page's own title, e.g. "Top up at a shop"
title-full = { $title }｜{ site-name }

# Context: title and meta description of a page filtered to one operator.
# Variables: $title (text) - the page title; $operator (text) - e.g. "Smart"
title-for-operator = { $operator }：{ $title }
# Variables: $description (text) - the page description; $operator (text) - e.g. "Smart"
description-for-operator = { $description }这里只显示 { $operator } 的信息。

skip-to-content = 跳到正文

# Context: a link to this language's overview, shown on the 404 page and the language
# chooser at / next to the same link in the other two languages.
language-home-link = 中文版指南
# Context: accessible name of the language switch (a screen reader says "Language, navigation").
lang-switch-label = 语言

# Context: the operator filter. Each choice is a link to the same page for that operator.
filter-question = 你的 SIM 卡是哪家运营商的？
filter-all = 全部运营商
filter-current = 当前显示：{ $operator }

fact-source = 来源：
fact-source-ref = 来源{ $n }
fact-sources-heading = 来源
list-separator = 、
# Context: between short items that are not words of a sentence: number prefixes in the
# comparison, source links. Khmer has no comma of its own and takes no Latin comma.
symbol-separator = 、
# Context: after the source of a fact that comes from a news report or a third party.
fact-unconfirmed = 非官方信息
# Context: one line on every page that shows the "reported" tag (fact-unconfirmed): what the tag means.
# Variables: $tag (html) - the tag itself
certainty-legend = { $tag }：来自新闻报道或用户反馈，不是运营商或监管机构公布的。
# Context: a table of top-up amounts and the days of validity each buys.
fact-validity-caption = 充值金额和对应的有效天数
fact-validity-amount = 充值金额
fact-validity-days = 有效天数
# Variables: $usd (number) - an amount in US dollars
fact-amount-usd = { $usd }美元

# Context: placeholders inside a dialling code, e.g. *888*<card code>#.
ussd-placeholder-card = 充值密码
ussd-placeholder-number = 你的手机号码

ussd-placeholder-text = { $name }

# Context: what is not known, before whom to ask (ask-operator-…). $topic is the section:
# check (balance and validity) or a way to top up (store, kiosk, online, shop).
# Variables: $operator (text); $topic (text)
ask-operator-unknown = { $topic ->
        [check] { $operator }：怎么查余额和有效期，本指南暂无相关信息。
        [store] { $operator }：在营业厅怎么充值，本指南暂无相关信息。
        [kiosk] { $operator }：哪些自助缴费机能充值，本指南暂无相关信息。
        [online] { $operator }：怎么在线充值，本指南暂无相关信息。
        [shop] { $operator }：在代理点和手机店怎么充值，本指南暂无相关信息。
       *[other] { $operator }：本指南暂无相关信息。
    }
# Context: shown when the guide has no confirmed detail for an operator in a section.
# Variables: $operator (text) - e.g. "Cellcard"; $website (link); $hotline (text) - a short number
ask-operator-website-hotline = { $unknown }请上 { $operator } 官网 { $website } 查询，或拨打客服热线 { $hotline }。
# Variables: $operator (text); $website (link)
ask-operator-website = { $unknown }请上 { $operator } 官网 { $website } 查询。
# Variables: $operator (text); $hotline (text)
ask-operator-hotline = { $unknown }请拨打 { $operator } 客服热线 { $hotline }。
# Variables: $operator (text)
ask-operator-store = { $unknown }请到 { $operator } 营业厅咨询。

# Context: links and headings on every channel page.
channel-back-to-overview = 返回首页
channel-need-heading = 需要准备
channel-steps-heading = 操作步骤
channel-details-heading = 各运营商的具体做法
# Variables: $operator (text)
channel-details-heading-operator = { $operator } 的具体做法
channel-benefits-heading = 这种方式的好处
channel-cautions-heading = 注意事项
channel-others-heading = 其他充值方式

# Context: a date written out in full, e.g. "25 November 2026".
# Variables: $day (number); $month (number, 1-12); $year (number)
date-long = { $year }年{ $month }月{ $day }日

# Variables: $date (text) - a date written with date-long
footer-checked = 本指南的信息核实于{ $date }，每条信息都附有来源链接。
footer-independent = 本指南独立编写，与任何运营商无关。拨号指令、价格和规定都可能调整，拿不准时请以运营商公布的信息为准。

# Context: the box at the end of every page for passing its address on.
share-heading = 分享本页
# Context: the accessible name of the QR code image.
share-qr-alt = 本页网址的二维码
share-qr-caption = 用手机扫描二维码，即可打开本页。
# Context: a button shown only when the browser can share or copy; it shares the address.
share-button = 分享或复制链接
# Context: said after the address was copied.
share-copied = 链接已复制。

# Context: links to the tools in the footer of every page.
tools-label = 工具
tools-plan-link = 号码现状和保号计划
tools-compare-link = 运营商对比

page-checked = 信息核实于{ $date }

fact-check-coverage = 请先确认它是否支持你的运营商。

fact-general-heading = 各运营商通用

list-and = { $first } 和 { $last }

value-alipay = 支付宝

value-wechat-pay = 微信支付

value-unionpay = 银联

value-aba-menu = Payments（付款）→ Mobile（话费充值）

date-range = { $from }至{ $until }

date-short = { $month }月{ $day }日

date-range-same-year = { $from }至{ $until_short }
# Context: two dates in the same month and year, the month and year written once.
# Variables: $from_day (number, optional); $until_day (number, optional) - days of the month; $from (text, optional); $until (text, optional) - dates written with date-long
date-range-same-month = { $from }至{ $until_day }日

mark-separator = {""}

# Context: the name under the icon when a reader adds the guide to their home screen. Keep
# it short (about 12 characters); the full name is site-name.
app-short-name = 柬埔寨保号


# Context: a hotline: its full number (+855 …, a link that any phone can call) and the short
# number that works only from that company's own SIM card.
# Variables: $tel (link) - e.g. +855 97 9097 097; $short (text) - e.g. 1777; $operator (text)
hotline-short = { $tel }（用 { $operator } 的 SIM 卡可直接拨 { $short }）
# Context: the button beside a dialling code, and what it says once the code is copied.
copy-button = 复制
copy-done = 已复制
# Context: the copy button's name for screen readers: "Copy" and the code it copies.
# Variables: $code (text) - e.g. *888#
copy-button-label = 复制 { $code }
