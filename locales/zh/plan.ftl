# The plan: /zh/plan/ and its answers, and the slip for someone in Cambodia (/zh/plan/slip/?…).

plan-page-title = 号码现状和保号计划
plan-page-description = 选择运营商，填上有效期到期日，就能看到号码今天处在哪个阶段、你在哪里现在该怎么充值，以及人在国外时保号要花多少钱。
plan-heading = 号码现状和保号计划
plan-intro = 选择运营商，再填上有效期到期日（运营商的短信里或查余额时会显示）。页面会告诉你号码今天处在哪个阶段、现在该做什么；如果你在国外，还会算出回来之前要在哪几天充值、每次充多少。

plan-form-operator = 你的运营商
# Context: the first, empty choice of the company list.
plan-form-choose = 请选择
plan-form-ends = 有效期到期日
plan-form-ends-hint = 即有效期的最后一天，以运营商短信、余额查询结果或 App 里显示的日期为准。短信一般用高棉语，除非你实名登记时选了别的语言。
plan-form-away = 回柬埔寨的日期（选填）
plan-form-away-hint = 人在国外的话，填上你回来的日期。页面会算出要在哪几天充值、每次充多少，号码才能保留到你回来。
plan-form-where = 你现在在哪里？
# Context: a choice of "Where are you now?" that shows the ways for both places.
plan-where-both = 都显示（不确定时选这项）
plan-where-cambodia = 在柬埔寨
plan-where-abroad = 在国外
plan-form-submit = 查看我的计划
# Context: the summary that unfolds the form on an answer page.
plan-change = 修改填写的内容

plan-error-heading = 请检查填写的内容
plan-error-missing-operator = 请选择你的运营商。
plan-error-unknown-operator = 请从列表中选择你的运营商。
plan-error-missing-date = 请输入有效期到期日。
plan-error-bad-date = 这个日期不存在。请按年、月、日的顺序输入，例如 2027-01-31。
plan-error-date-too-far = 这个日期在一年多以前或两年多以后，请检查年份。
plan-error-bad-return-date = 回来的日期不存在。请按年、月、日的顺序输入，例如 2027-06-30。
plan-error-return-date-out-of-range = 回来的日期必须在今天之后，最多三年以内。
plan-error-unknown-place = 请从列表中选择你现在在哪里。
plan-error-repeated-field = 网址里有一项出现了不止一次，请重新填写表单。

# Context: the heading of the number's timeline on an answer.
# Variables: $operator (text)
plan-answer-heading = { $operator } 号码的关键日期

# Context: "Today", the first part of an answer. $date is today in Cambodia, written with date-long.
# Variables: $date (text)
plan-today-heading = 今天：{ $date }
# Variables: $days (number); $ends (text) - a date
plan-today-left = 你的号码有效期到{ $ends }，还剩{ $days }天，最晚要在这一天充值。
plan-today-last-day = 今天是有效期的最后一天，请在今天结束前充值。
# Variables: $day (number) - days since the last valid day
plan-today-day = 今天是有效期到期后的第{ $day }天。
# Variables: $last_date (text) - a date; $last (number) - its day number
plan-today-codes-until = 只要你的 SIM 卡在你现在所在的地方能收到短信（在国外需开通国际漫游），到{ $last_date }（第{ $last }天）为止，你就仍能接听来电、接收短信，也能收到验证码。
plan-today-codes-stopped = 号码现在什么都用不了：来电、短信都收不到，验证码也收不到。
plan-today-top-up = 现在要做的：马上充值，下面任何一种方式都可以。
# Context: $ask is plan-ask-… (whom to contact).
# Variables: $ask (text)
plan-today-resale = 现在要做的：马上充值，并问清楚号码是否还在你名下。{ $ask }
# Variables: $operator (text); $ask (text)
plan-today-restore = 现在要做的：带上实名登记用的证件，向 { $operator } 申请恢复号码。{ $ask }
# Variables: $ask (text)
plan-today-deleted = 现在要做的：带上实名登记用的证件，马上去问号码是否还在你名下。{ $ask }
# Context: only when no stage follows this one.
# Variables: $stage_end (text) - a date
plan-today-stage-ends = 这个阶段的最后一天：{ $stage_end }。
# Context: after what to do now: what the next stage brings, from its first day.
# $date is that first day; $until is the stage's last day (or "none" when it has no end).
# Variables: $date (text); $until (text); $operator (text)
plan-next-outgoing = 从{ $date }起，号码单向停机：不能打电话、发短信，也不能上网，但还能收到来电、短信和验证码。
# Variables: $date (text); $until (text); $operator (text)
plan-next-incoming = 从{ $date }起，号码双向停机：来电和短信都收不到，验证码也收不到了。
# Variables: $date (text); $until (text); $operator (text)
plan-next-resale = 从{ $date }起，号码随时可能被回收，重新放号给别人。
# Variables: $date (text); $until (text); $operator (text)
plan-next-restore = { $until ->
        [none] 从{ $date }起，{ $operator } 会注销这个号码，但你仍可以申请恢复。
       *[other] 从{ $date }起，{ $operator } 会注销这个号码；到{ $until }为止，你仍可以申请恢复。
    }
# Variables: $date (text); $until (text); $operator (text)
plan-next-deleted = 从{ $date }起，号码可能被注销，或回收后重新放号给别人。
# Variables: $last (number) - the last day of the last stage; $ask (text)
plan-today-past = 本指南列出的各个阶段到第{ $last }天就结束了，号码可能已经重新放号给别人。请去问清楚号码是否还在你名下。{ $ask }
# Context: the marker on the timeline's stage that holds today.
plan-today-mark = 你在这里
# Context: the marker on the timeline's stages that ended before today.
plan-past-mark = 已过

# Context: whom to contact; the variant depends on what facts.toml has for the company.
# Variables: $operator (text); $website (link); $hotline (text)
plan-ask-website-hotline = 联系 { $operator }：{ $website }，客服热线 { $hotline }。
# Variables: $operator (text); $website (link)
plan-ask-website = 联系 { $operator }：{ $website }。
# Variables: $operator (text); $hotline (text)
plan-ask-hotline = 联系 { $operator }：客服热线 { $hotline }。
# Variables: $operator (text)
plan-ask-store = 请到 { $operator } 营业厅咨询。

plan-now-heading = 现在怎么充值
# Context: a line of the ways in Cambodia. $code is a dialling code.
# Variables: $code (text)
plan-card-code = 用充值卡充值：拨打 { $code }。
# Variables: $operator (text)
plan-abroad-none = { $operator }：人在国外怎么充值，本指南暂无相关信息。
# Context: a link to the slip form further down the page.
plan-slip-link = 请柬埔寨的亲友帮你充值。

plan-away-heading = 人在国外时怎么保号
# Variables: $back (text) - a date; $ends (text) - a date
plan-away-intro = 你打算在{ $back }回柬埔寨，有效期到期日是{ $ends }。
# Variables: $back (text)
plan-away-enough = 有效期能撑到你回来：{ $back }之前不用充值。
# Variables: $operator (text); $date (text)
plan-away-unknown = { $operator } 充多少钱能用多少天，目前不清楚。请按有效期到期日来安排：在{ $date }之前充值，再把 { $operator } 短信里新的有效期到期日填到这里。每次到期之前都这样做，直到你回来。
plan-away-fewest = 充值次数最少
plan-away-cheapest = 花钱最少
# Context: the columns of a table of planned top-ups.
plan-away-col-by = 最晚充值日
plan-away-col-amount = 金额
plan-away-col-until = 充值后有效期至
# Variables: $amount (text)
plan-away-card = { $amount }（充值卡）
# Variables: $amount (text)
plan-away-online = { $amount }（在线、PayGo 或 ATM）
# Variables: $amount (text); $count (number)
plan-away-total = 合计：{ $amount }，共{ $count }次
# Variables: $operator (text)
plan-away-counting = 以上方案假定有效天数从充值当天算起。如果 { $operator } 把新增天数累加到剩余有效期上，号码能保留得更久。
# Variables: $operator (text); $amount (text)
plan-away-year = 按上面的算法，{ $operator } 号码保号一年最少要花{ $amount }。

plan-calendar-text = 日历文件会把今后的各个关键日期加进你的手机日历。提醒时间为柬埔寨时间上午9点，每个日期提前7天和1天各提醒一次。如果下面列出了充值计划，文件里用的是“充值次数最少”的方案。
plan-calendar-link = 下载日历文件（.ics）

# Context: texts inside the calendar file.
# Variables: $operator (text); $date (text); $amount (text)
plan-ics-top-up-summary = 给你的 { $operator } 号码充值：{ $amount }
# Variables: $operator (text); $date (text); $amount (text)
plan-ics-top-up-description = 请在{ $date }之前给你的 { $operator } 号码充值{ $amount }，免得你在国外时有效期到期。
# Variables: $operator (text); $date (text)
plan-ics-ends-summary = { $operator } 号码充值的最后一天
# Variables: $operator (text); $date (text)
plan-ics-ends-description = 你的 { $operator } 号码有效期到期日是{ $date }。最晚要在这天充值，以免单向停机：从次日起，这个号码不能打电话、发短信，也不能上网。
# Variables: $operator (text); $date (text)
plan-ics-codes-summary = { $operator } 号码能收验证码的最后一天
# Variables: $operator (text); $date (text)
plan-ics-codes-description = { $date }是你的 { $operator } 号码还能收到来电、短信和验证码的最后一天。请在这之前充值，或者把验证码改到你会一直用的号码上。
# Variables: $operator (text); $days (number)
plan-ics-alert = { $operator }：{ $days ->
        [1] 明天到期
       *[other] 还有{ $days }天到期
    }，请现在就充值。
# Variables: $code (text) - a dialling code
plan-ics-card-code = 用充值卡充值：拨打 { $code }
plan-ics-channels = 充值方式：
# Context: after a code in the calendar file that no official source confirms.
plan-ics-unconfirmed = （非官方信息）
# Context: a line of the calendar file: a way to top up and its page.
# Variables: $title (text); $url (text) - the page's address
plan-ics-channel-line = { $title }：{ $url }

# Context: the timeline of a number, after a stage with no end: "from <date>".
# Variables: $date (text)
timeline-date-from = 自{ $date }起

# The slip: a page to send or print for someone in Cambodia who tops up for the reader.
slip-page-title = 给柬埔寨亲友的充值说明
slip-page-description = 可以发送或打印的一页：号码、运营商、金额和充值步骤。
slip-form-heading = 请柬埔寨的亲友帮你充值
slip-form-intro = 给在柬埔寨的亲友生成一张充值说明：写明你的号码、运营商、金额和具体步骤，可选中文、英文或高棉语。把链接发给他们，或者打印出来。
slip-form-number = 你的手机号码
slip-form-amount = 金额（美元）
slip-form-for = 充值说明的语言
slip-form-submit = 生成充值说明
slip-privacy = 你的号码只会出现在充值说明的网址里，方便你发给别人；我们不保存号码。
# Context: on the slip itself, which the helper reads.
slip-privacy-shared = 这个号码只会出现在本页网址里，方便转发；我们不保存号码。
# Context: a link from the slip back to the plan.
slip-back = 返回你的计划
slip-error-amount = 请输入1到100美元之间的金额，例如 5 或 2.50。
slip-error-for = 请从列表中选择充值说明的语言。
slip-error-repeated-field = 网址里有一项出现了不止一次，请重新填写表单。

# Context: the slip itself, read by the person who tops up (in their language).
slip-heading = 请帮我给这个号码充值
slip-number = 号码
slip-company = 运营商
slip-amount = 金额
slip-steps-heading = 怎么充值
# Variables: $number (text); $operator (text); $amount (text)
slip-step-kiosk = 在支持 { $operator } 的自助缴费机（例如 PayGo）上输入号码 { $number }，支付{ $amount }。
# Variables: $number (text); $operator (text); $amount (text)
slip-step-shop = 在代理点或手机店：请店员给 { $operator } 号码 { $number } 充值{ $amount }，或者买一张{ $amount }的 { $operator } 充值卡。
# Variables: $code (text) - the code with the number filled in; $number (text); $amount (text)
slip-step-card-code = 如果买的是 { $operator } 充值卡，用你自己的 { $operator } 号码拨打 { $code }（把“充值密码”换成卡上刮开的数字），话费就会充到 { $number }。
slip-receipt = 充好后，请把收据照片或充值成功短信的截图发给我。谢谢！
slip-qr-alt = 这张充值说明网址的二维码
slip-qr-caption = 用手机扫描二维码，即可打开这张说明。
