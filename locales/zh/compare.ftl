# The comparison page: /en/compare/.

compare-page-title = 运营商对比
compare-page-description = Smart、Metfone、Cellcard、CooTel 和 Seatel 一览：查询余额、充值卡代码、官方 App、在线充值，以及过期后多久可能失去号码。
compare-heading = 各运营商一览
compare-intro = 这里列出每家运营商我们能核实的信息及来源。显示“未确认”的地方，请直接问运营商。
compare-caption = 各运营商对预付费号码的规定

compare-column-operator = 运营商
compare-column-balance = 查询余额
compare-column-card = 使用充值卡
compare-column-app = 官方 App
compare-column-online = 在线充值
compare-column-days = 有效期结束后多少天可能失去号码

# Context: a confirmed cell: a code, a name or a link.
# Variables: $value (text, code or link)
compare-cell = { $value }
compare-two-codes = { $code } 或 { $code2 }
compare-validity-range = { $smallest_usd }美元：{ $smallest_days }天……{ $largest_usd }美元：{ $largest_days }天
compare-column-validity = 充值可用天数
# Variables: $operator (text); $website (link); $hotline (text)
compare-not-confirmed-website-hotline = 未确认：请在 { $website } 咨询 { $operator }，或拨打 { $hotline }。
# Variables: $operator (text); $website (link)
compare-not-confirmed-website = 未确认：请在 { $website } 咨询 { $operator }。
# Variables: $operator (text); $hotline (text)
compare-not-confirmed-hotline = 未确认：请拨打 { $operator } 热线 { $hotline }。
# Variables: $operator (text)
compare-not-confirmed-store = 未确认：请到 { $operator } 营业厅咨询。

# Variables: $from (number); $until (number)
compare-days-resale = 可能在第 { $from } 天至第 { $until } 天之间被转卖。
# Variables: $from (number); $until (number)
compare-days-restore = 从第 { $from } 天起注销；第 { $until } 天前仍可申请恢复。
# Variables: $from (number)
compare-days-deleted = 从第 { $from } 天起可能被删除。

compare-column-hotline = 客服热线
