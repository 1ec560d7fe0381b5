# The reminder page: /en/reminder/ and its answers (/en/reminder/?operator=…&ends=…).

reminder-page-title = 号码关键日期和日历提醒
reminder-page-description = 选择运营商，填上有效期到期日，看看从哪天起不能打电话、哪天起收不到短信、哪天起号码可能被回收，再把提醒加到日历里。
reminder-heading = 算一算你的号码哪天停机
reminder-intro = 选择运营商，再填上有效期到期日（查余额时会显示）。页面会列出各个关键日期；你还可以下载日历文件，让手机在到期前7天和前1天提醒你。

reminder-form-operator = 你的运营商
# Context: the first, empty choice of the operator list.
reminder-form-choose = 请选择
reminder-form-ends = 有效期到期日
reminder-form-ends-hint = 即有效期的最后一天，以查余额时或 App 里显示的日期为准。
reminder-form-submit = 查看关键日期

reminder-error-heading = 请检查填写的内容
reminder-error-missing-operator = 请选择你的运营商。
reminder-error-unknown-operator = 请从列表中选择你的运营商。
reminder-error-missing-date = 请输入有效期到期日。
reminder-error-bad-date = 这个日期不存在。请按年、月、日的顺序输入，例如 2027-01-31。
reminder-error-date-too-far = 这个日期在一年多以前或两年多以后，请检查年份。
reminder-error-repeated-field = 网址里的运营商或日期出现了不止一次，请重新填写表单。

# Variables: $operator (text)
reminder-answer-heading = { $operator } 号码的关键日期
# Context: the stages of the answer. $from and $until are dates written with date-long.
# Variables: $from (text); $operator (text)
reminder-stage-ends = { $from }：有效期到期日。请最晚在当天充值。
# Variables: $from (text); $until (text)
reminder-stage-outgoing = { $dates }：单向停机。不能打电话、发短信，也不能上网，但紧急电话仍可拨打。别人的来电和短信照常能收到，验证码也能收到。
# Variables: $from (text); $until (text)
reminder-stage-incoming = { $dates }：双向停机。来电、短信都收不到了，验证码也收不到。
# Variables: $from (text); $until (text)
reminder-stage-resale = { $dates }：号码随时可能被回收，重新放号给别人。
# Variables: $from (text); $until (text); $operator (text)
reminder-stage-restore = { $dates }：号码已注销，但你仍可以向 { $operator } 申请恢复。
# Variables: $from (text)
reminder-stage-deleted = 自{ $from }起：号码可能被注销，或回收后重新放号给别人。

reminder-calendar-heading = 把提醒加到日历
reminder-calendar-text = 这个文件会把有效期到期日加到你的日历里，并在到期前7天和前1天提醒你。大多数手机和电脑的日历都能打开这个文件。
reminder-calendar-link = 下载日历文件（.ics）

# Context: texts inside the calendar file.
# Variables: $operator (text); $date (text)
reminder-ics-summary = 给你的 { $operator } 号码充值
# Variables: $operator (text); $date (text)
reminder-ics-description = 你的 { $operator } 号码有效期到期日是{ $date }。请最晚在当天充值，以免单向停机：从次日起，这个号码不能打电话、发短信，也不能上网。
# Variables: $code (text) - a dialling code
reminder-ics-card-code = 用充值卡充值：拨打 { $code }
reminder-ics-channels = 充值方式：
# Variables: $operator (text); $days (number)
reminder-ics-alert = { $operator }：有效期{ $days ->
        [1] 明天到期
       *[other] 还有{ $days }天到期
    }，请现在就充值。

reminder-ics-unconfirmed = （未经官方确认）

reminder-ics-channel-line = { $title }：{ $url }
