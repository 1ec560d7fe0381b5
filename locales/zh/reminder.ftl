# The reminder page: /en/reminder/ and its answers (/en/reminder/?operator=…&ends=…).

reminder-page-title = 号码关键日期和日历提醒
reminder-page-description = 输入运营商和余额有效期的截止日期，查看通话、短信和号码本身分别在哪天面临风险，并把提醒加入日历。
reminder-heading = 你的号码什么时候有风险？
reminder-intro = 输入你的运营商和余额有效期的最后一天（查询余额时会显示）。你会看到每个关键日期，还可以下载一个日历文件，在到期前一周和前一天提醒你。

reminder-form-operator = 你的运营商
# Context: the first, empty choice of the operator list.
reminder-form-choose = 请选择…
reminder-form-ends = 有效期截止日
reminder-form-ends-hint = 查询余额或 App 里显示的最后有效日。
reminder-form-submit = 查看我的日期

reminder-error-heading = 请检查表单
reminder-error-missing-operator = 请选择你的运营商。
reminder-error-unknown-operator = 请从列表中选择你的运营商。
reminder-error-missing-date = 请输入有效期截止日。
reminder-error-bad-date = 这个日期不存在。请按年、月、日输入，例如 2027-01-31。
reminder-error-date-too-far = 这个日期早于一年前或晚于两年后，请检查年份。
reminder-error-repeated-field = 地址里的运营商或日期出现了不止一次，请重新填写表单。

# Variables: $operator (text)
reminder-answer-heading = 你的 { $operator } 号码的关键日期
# Context: the stages of the answer. $from and $until are dates written with date-long.
# Variables: $from (text); $operator (text)
reminder-stage-ends = { $from }：有效期最后一天。请在这一天结束前充值。
# Variables: $from (text); $until (text)
reminder-stage-outgoing = { $dates }：不能打电话、发短信或上网。别人打来的电话和发来的短信，包括验证码，仍然可以收到。
# Variables: $from (text); $until (text)
reminder-stage-incoming = { $dates }：来电和短信也被停止，验证码收不到了。
# Variables: $from (text); $until (text)
reminder-stage-resale = { $dates }：号码随时可能被收回并转卖给别人。
# Variables: $from (text); $until (text); $operator (text)
reminder-stage-restore = { $dates }：号码已被注销，但你仍可以申请 { $operator } 恢复。
# Variables: $from (text)
reminder-stage-deleted = 从 { $from } 起：号码可能被删除或分配给别人。

reminder-calendar-heading = 把提醒加入日历
reminder-calendar-text = 这个文件会把有效期截止日加入你的日历，并在到期前 7 天和前 1 天提醒你。大多数手机和电脑日历都能打开它。
reminder-calendar-link = 下载提醒（.ics）

# Context: texts inside the calendar file.
# Variables: $operator (text); $date (text)
reminder-ics-summary = 给你的 { $operator } 号码充值
# Variables: $operator (text); $date (text)
reminder-ics-description = 你的 { $operator } 余额有效期在 { $date } 截止。请在此之前充值，以免号码收不到验证码。
# Variables: $code (text) - a dialling code
reminder-ics-card-code = 使用充值卡：拨打 { $code }。
reminder-ics-channels = 充值方式：
# Variables: $operator (text); $days (number)
reminder-ics-alert = { $operator }：有效期还有 { $days } 天到期，请尽快充值。

reminder-ics-unconfirmed = （未经官方确认）
