# The comparison page: /en/compare/.

compare-page-title = 运营商对比
compare-page-description = 对比 Smart、Metfone、Cellcard、CooTel 和 Seatel 的查余额方式、充值卡用法、官方 App、在线充值渠道，以及有效期到期后号码多久可能被回收。
compare-heading = 运营商对比
compare-intro = 下表列出各运营商的信息，已知信息都附有来源。写着“暂无信息”的地方，请直接问运营商，联系方式见运营商名称下方。
compare-caption = 各运营商预付费号码信息一览

compare-column-operator = 运营商
compare-column-balance = 查余额
compare-column-card = 用充值卡充值
compare-column-app = 官方 App
compare-column-online = 在线充值渠道
compare-column-days = 号码何时可能被回收

# Context: a confirmed cell: a code, a name or a link.
# Variables: $value (text, code or link)
compare-cell = { $value }
compare-two-codes = { $code } 或 { $code2 }
compare-validity-range = { $smallest_usd }美元的卡有效{ $smallest_days }天，{ $largest_usd }美元的卡有效{ $largest_days }天
compare-column-validity = 有效天数
# Variables: $operator (text); $website (link); $hotline (text)
compare-not-confirmed-website-hotline = 暂无信息的项目，请上 { $website } 查询，或拨打 { $operator } 客服热线 { $hotline }。
# Variables: $operator (text); $website (link)
compare-not-confirmed-website = 暂无信息的项目，请上 { $website } 查询，或直接问 { $operator }。
# Variables: $operator (text); $hotline (text)
compare-not-confirmed-hotline = 暂无信息的项目，请拨打 { $operator } 客服热线 { $hotline }。
# Variables: $operator (text)
compare-not-confirmed-store = 暂无信息的项目，请到 { $operator } 营业厅咨询。

# Variables: $from (number); $until (number)
compare-days-resale = 第{ $from }至{ $until }天，号码随时可能被回收，重新放号给别人。
# Variables: $from (number); $until (number)
compare-days-restore = 第{ $from }天起被注销；到第{ $until }天为止仍可申请恢复。
# Variables: $from (number)
compare-days-deleted = 第{ $from }天起可能被注销或回收。

compare-column-hotline = 客服热线

compare-unknown = 暂无信息

# Context: between a company's name and the note under it (whom to ask).
compare-ask-lead = {"："}
