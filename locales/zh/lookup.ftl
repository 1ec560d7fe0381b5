# "Which company is my number?": the form on every overview (/zh/ and /zh/smart/ …) and its
# answer page, /zh/which-operator/?number=… . The answer says which company a number's
# first digits WERE ASSIGNED TO (phone-number libraries' data, not the regulator's list).

lookup-page-title = 查一查号码是哪家运营商的
lookup-page-description = 输入你的手机号码，看看号码开头的几位数字分配给了哪家运营商。
lookup-heading = 查一查号码是哪家运营商的
# Context: above the form, on every overview and on the answer page.
lookup-intro = 按你平时的写法输入号码就行。我们只看开头几位数字，不会保存你的号码。
lookup-form-label = 手机号码
lookup-form-hint = 例如 012 345 678 或 +855 12 345 678
lookup-form-submit = 查询运营商

# Context: the answer page when what was typed is not a Cambodian mobile number (400).
lookup-error-heading = 请检查号码
lookup-error-empty = 请输入你的手机号码。
lookup-error-letters = 手机号码里不会有字母。请只输入数字，例如 012 345 678。
lookup-error-characters = 只能输入数字、空格和短横线，开头可以加 +，例如 +855 12 345 678。
lookup-error-too-short = 这个号码好像太短了。请输入完整的号码，例如 012 345 678。
lookup-error-too-long = 这个号码好像太长了。请只输入一个号码，例如 012 345 678。
lookup-error-not-cambodian = 这不是柬埔寨号码。柬埔寨号码以 0 或 +855 开头。
lookup-error-not-mobile = 以这几位开头的号码不在我们的手机号段列表里。请核对号码。

# Context: the answer when the prefix is in the list.
# Variables: $prefix (text) - 0 and two digits, such as 012; $operator (text)
lookup-assigned-heading = { $prefix }：{ $operator }
# Variables: $prefix (text); $operator (text)
lookup-assigned = { $prefix }号段分配给了 { $operator }。
# Variables: $operator (text)
lookup-ask = 拿不准的话，请向 { $operator } 确认。
# Context: a link to the overview filtered to the company.
# Variables: $operator (text)
lookup-operator-link = { $operator } 号码怎么保号
# Context: heading of the links to the company's pages for each way to top up.
# Variables: $operator (text)
lookup-channels-heading = { $operator } 号码的充值方式

# Context: the answer when the prefix is a mobile one but not in the list.
# Variables: $prefix (text)
lookup-not-in-list-heading = { $prefix }：不在我们的列表里
# Variables: $prefix (text)
lookup-not-in-list = 以 { $prefix } 开头的号码不在我们的列表里，我们无法判断它是哪家运营商的。可以问问卖给你 SIM 卡的店，或者到运营商对比页看看各家的号段。
lookup-compare-link = 查看运营商对比
lookup-again-heading = 查询其他号码

# Context: a column of the comparison (/zh/compare/): the first digits of each company's numbers.
compare-column-prefixes = 号段

# Context: the example in the empty number field, under "Not sure? Type your number"; write a
# Cambodian number as readers there write it.
lookup-placeholder = 012 345 678
# Context: the label of the number field in the company choice, on every overview.
lookup-not-sure = 不确定？输入你的号码查一查
# Context: links under the answer: the company's page, and the plan with the company filled in.
# Variables: $operator (text)
lookup-abroad-link = { $operator }：人在国外怎么充
# Variables: $operator (text)
lookup-plan-link = 我的 { $operator } 号码最晚哪天要充值？
