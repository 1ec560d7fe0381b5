# Readers' reports: the form at the foot of every page (it posts to /{lang}/report/), the
# page that shows the form again when something must be fixed, and the thanks page.

# Context: what a reader clicks to open the form, at the foot of every page.
report-question = 本页有错误或过时的内容吗？
report-intro = 告诉我们你发现的问题。每一条报告，我们都会对照运营商的官方信息核实，有错就改。
report-kind-legend = 哪里有错？
report-kind-code = 拨号指令
report-kind-days = 有效天数或停机天数
report-kind-price = 价格或金额
report-kind-link = 链接或 App
report-kind-other = 其他
report-details-label = 页面上是怎么写的？正确的应该是什么？
report-details-hint = 请填写10至1000个字，并说明依据，比如收据或运营商发来的短信。
report-contact-label = 你的邮箱或手机号码（选填）
report-contact-hint = 需要我们回复时再填，最多200个字。
# Context: a field people never see (robots fill it in and are ignored).
report-website-label = 请勿填写此项
report-privacy = 你填写的内容、本页网址和提交日期，我们最多保存一年。我们不保存你的 IP 地址。
report-submit = 提交报告
# Context: in the exported site, which cannot receive a form, a link instead of the form.
report-link = 报告本页的错误或过时内容

report-page-title = 报告页面问题
report-page-description = 告诉本指南的编辑哪里有错或已经过时。
report-error-heading = 报告没有发出
report-error-not-a-form = 报告没有以表单形式送达。请用下面的表单发送。
report-error-bad-encoding = 报告中有部分内容无法读取。请重新输入后再发送。
report-error-repeated-field = 报告里有重复的字段。请用下面的表单重新发送。
report-error-unknown-field = 报告里有本表单用不到的字段。请用下面的表单重新发送。
report-error-unknown-page = 报告没有说明是针对本指南哪一页的。请回到那一页，用页面底部的表单报告。
report-error-missing-kind = 请选择哪里有错。
report-error-unknown-kind = 请从列表中选择哪里有错。
report-error-missing-details = 请说明哪里有错。
report-error-details-too-short = 请至少用10个字说明哪里有错。
report-error-details-too-long = 说明请控制在1000个字以内。
report-error-contact-too-long = 邮箱或手机号码请控制在200个字以内。
report-error-control-characters = 请删除文字中的特殊字符。
# Context: the text held right-to-left or left-to-right override or isolate marks (U+202A–U+202E, U+2066–U+2069), which no keyboard types on purpose.
report-error-bidi-controls = 你的文字里有会改变书写方向的隐藏字符，看到的内容可能和实际内容不同。请删除这些字符后重新发送。
report-error-cross-site = 只能从本指南自己的页面发送报告。
report-error-too-large = 报告太长了。请删减文字后重新发送。
# Context: the connection was too slow: the report's text did not reach the server in time, so nothing was kept.
report-error-timed-out = 报告没能及时送达，可能是网络太慢。请重新发送。
# Variables: $minutes (number) - minutes to wait, at least 1
report-error-too-many = 你在短时间内发送了很多报告。请等{ $minutes }分钟后再发送。
report-error-unavailable = 现在暂时无法保存报告。你填写的内容在下面，请过几分钟再试。

report-thanks-title = 感谢你的报告
report-thanks-description = 你的报告已发送给本指南的编辑。
report-thanks-heading = 谢谢，我们已收到你的报告
report-thanks-text = 我们会核实每一条报告，并更正指南中的错误。如果你留了邮箱或手机号码，我们可能会联系你。
report-thanks-back = 返回你报告的页面
report-thanks-home = 返回本指南首页
