# The overview page: /en/ and /en/{operator}/.

overview-page-title = 保住你的柬埔寨手机号
overview-page-description = 柬埔寨保号卡续费（充值）指南：预付费号码不充值就会停机，最后可能被回收。本页讲号码过期后还能保留多久，并介绍四种充值方式，其中部分方式在国外也能用。

overview-heading = 保住你的柬埔寨手机号
overview-lead = 请在有效期到期前充值，否则号码会被停机，最后被回收。

overview-about-heading = 预付费号码怎样才能保住
# Context: numbered paragraphs; add or remove them in every language at once.
overview-about-1 = 预付费 SIM 卡要先充值、后使用。每次充值，余额都会增加，号码的有效期也会随之顺延。
overview-about-2 = 有效期一过，号码并不是马上就没了，而是分几个阶段停机，最后被运营商回收，重新放号给别人。拿到这个号码的人，就会收到发给你的验证码。

overview-lifecycle-heading = 号码还能保留多久
timeline-lead = 按监管规定，各运营商的号码在有效期到期后都是先停机、再回收，具体如下。第1天指有效期到期日的次日。
timeline-lead-operator = 下面是 { $operator } 号码有效期到期后的各个阶段。第1天指有效期到期日的次日。
stage-days-ends = 有效期到期日
stage-days-range = 第{ $from }至{ $until }天
stage-days-from = 第{ $from }天起
stage-ends-title = 正常使用
stage-ends-what = 一切照常。最晚要在这天充值。
# Context: stage-ends-what on a plan whose last valid day has passed.
stage-ends-what-past = 号码有效的最后一天。
stage-outgoing-title = 单向停机
stage-outgoing-what = 不能打电话、发短信，也不能上网，但紧急电话仍可拨打。别人的来电和短信照常能收到，验证码也能收到。
stage-incoming-title = 双向停机
stage-incoming-what = 来电、短信都收不到了，验证码也收不到。
stage-resale-title = 可能被回收
stage-resale-what = 号码随时可能被回收，重新放号给别人。
stage-restore-title = 注销期（可申请恢复）
stage-restore-what = 这段时间号码处于注销状态，但仍可向 { $operator } 申请恢复。
stage-deleted-title = 可能被注销或回收
stage-deleted-what = 号码可能被注销，或回收后重新放号给别人。
overview-plan-button = 号码现状和保号计划

overview-when-heading = 什么时候充值
overview-when-1 = 在有效期到期前充值，别等过期了再充。先查好有效期到期日（见下文“查询余额和有效期”），再在到期前7天设个提醒。
overview-when-2 = { $operator ->
        [smart] Smart 的有效天数由充值金额决定，小额充值只能延长几天。
        [all] Smart 的有效天数由充值金额决定；其他运营商的有效天数怎么算，请直接问运营商。
       *[other] 付款前，请向 { $company } 问清楚充值金额对应的有效天数。
    }
overview-when-3 = { $operator ->
        [smart] 保号要靠给自己的号码正常充值。借来的话费和朋友转给你的话费都靠不住，原因见下文“其他须知”。
        [all] 保号要靠给自己的号码正常充值。借来的话费和朋友转给你的话费都靠不住，原因见下文“其他须知”。
       *[other] 保号要靠给自己的号码正常充值，借来的话费靠不住，原因见下文“其他须知”。
    }
overview-lifecycle-operators-heading = { $operator ->
        [all] 各运营商的规定
       *[other] { $company } 的规定
    }

overview-channels-heading = 四种充值方式

overview-watch-heading = 充值前后要注意
overview-watch-validity-heading = 查询余额和有效期
overview-watch-validity = { $operator ->
        [all] 充值前后各查一次余额。各运营商查余额的拨号指令或 App 不一样：
       *[other] 充值前后各查一次余额。{ $company } 查余额的方式：
    }
overview-watch-offers-heading = 看看有没有优惠
overview-watch-offers = 运营商常有优惠活动，比如多充送流量、送天数。付款前先看看运营商的官网或 App。优惠变得快，本指南不一一列出。
overview-watch-safety-heading = 安全付款
overview-watch-safety-1 = 只用运营商的官网、官方 App，或你自己的银行、电子钱包 App。网址自己输入，不要点消息里的链接。
overview-watch-safety-2 = 发到你手机上的验证码不要告诉任何人，哪怕对方自称是运营商或银行的工作人员。
overview-watch-safety-3 = 付款前把号码核对清楚，充错了号码，钱很难追回。
overview-watch-receipts-heading = 保留凭证
overview-watch-receipts = 充值到账之前，留好收据、交易号或截图。万一没到账，可以凭这些向运营商查询。
overview-watch-traps-heading = 其他须知


abroad-heading = 人在国外怎么充

# Context: under "From abroad" on a way's page and the lookup's answer.
# Variables: $company (text) - the company's name, or "all" on a page for every company
abroad-someone = { $company ->
        [all] 在柬埔寨的亲友可以到支持你这家运营商的自助缴费机或代理点给你的号码充值。他们只需要知道你的号码和运营商。
       *[other] 在柬埔寨的亲友可以到支持 { $company } 的自助缴费机或代理点给你的号码充值。他们只需要知道你的号码。
    }

abroad-none-online = { $operator }：人在国外怎么在线充值，本指南暂无相关信息。

overview-leave-heading = 离开柬埔寨之前

overview-leave-1 = { $operator ->
        [all] 尽量多充一些，让有效期延长到运营商允许的最长期限。
       *[other] 尽量多充一些，让有效期延长到 { $company } 允许的最长期限。
    }

overview-leave-2 = 记下有效期到期日，并加进手机日历：下面的“号码现状和保号计划”可以生成带提醒的日历文件。

overview-leave-3 = 把银行、微信、支付宝等账户绑定的手机号换成你长期使用的号码。最好出发前就换好，最晚也要在有效期到期后60天内换好，因为从第61天起，这个号码就收不到短信了。

overview-leave-4 = { $operator ->
        [all] 收好实名登记用的身份证或护照，以后找运营商办事时要用。
       *[other] 收好实名登记用的身份证或护照，以后找 { $company } 办事时要用。
    }
overview-leave-5 = { $operator ->
        [all] 向运营商确认你的 SIM 卡登记在你本人名下，并且登记用的证件和你在银行登记的证件一致。
       *[other] 向 { $company } 确认你的 SIM 卡登记在你本人名下，并且登记用的证件和你在银行登记的证件一致。
    }

overview-cutoff-heading = 号码已经停机了怎么办

overview-cutoff-1 = 马上充值，上面四种方式都可以。到第60天为止，只要你的 SIM 卡在你现在所在的地方能收到短信（在国外需开通国际漫游），就仍能收到验证码；从第61天起，什么都收不到了（见上文“号码还能保留多久”）。

overview-cutoff-2 = { $operator ->
        [all] 如果号码已经被注销，请准备好实名登记用的证件，联系你的运营商。大多数运营商没有公布怎样申请恢复号码，请直接问你的运营商。
       *[other] 如果号码已经被注销，请准备好实名登记用的证件，联系 { $company }。
    }

# Context: a company's overview (/zh/smart/): its title and heading name the company.
# Variables: $operator (text) - the company's name, e.g. "Smart"
overview-page-title-operator = 保住你的 { $operator } 号码
# Variables: $operator (text)
overview-heading-operator = 保住你的 { $operator } 号码
# Context: the reader's situations, as links on the first screen, under the company choice.
# "deadline": the last day to top up before the validity ends; links to the plan form.
situation-deadline = 我最晚哪天要充值？
# Context: links to the part "My number was already cut off".
situation-cut-off = 已经停机了？
# Context: links to the part on asking someone in Cambodia to top up the reader's number.
situation-someone = 请柬埔寨的亲友帮你充值
# Context: a link under someone-intro to the slip form (/zh/plan/slip/).
someone-slip-link = 给亲友生成一张充值说明（可选中文、英文或高棉语）
someone-heading = 请柬埔寨的亲友帮你充值
# Context: followed by what applies to the company: a bank app, and (Smart) a dialling code.
# Variables: $app (text) - the bank app's name, or "none" where no bank app is known to cover the company;
#   $company (text) - the company's name, or "all" on the overview of every company
someone-intro = { $app ->
        [none] { $company ->
            [all] 在柬埔寨的亲友可以到支持你这家运营商的自助缴费机或代理点给你的号码充值。他们只需要知道你的号码和运营商。
           *[other] 在柬埔寨的亲友可以到支持 { $company } 的自助缴费机或代理点给你的号码充值。他们只需要知道你的号码。
        }
       *[other] { $company ->
            [all] 在柬埔寨的亲友可以到支持你这家运营商的自助缴费机或代理点给你的号码充值，也可以用他们手机上的 { $app } 银行 App 充值。他们只需要知道你的号码和运营商。
           *[other] 在柬埔寨的亲友可以到支持 { $company } 的自助缴费机或代理点给你的号码充值，也可以用他们手机上的 { $app } 银行 App 充值。他们只需要知道你的号码。
        }
    }
# Context: a company's overview, right under the company choice.
# Variables: $operator (text)
company-heading = { $operator } 号码要点
company-check = 查余额
company-hotline = 客服热线

# Context: a part of the overview on SIM registration, with its facts below.
overview-registration-heading = 实名登记也可能让号码停机

overview-registration = 号码如果登记在别人名下，或登记信息有误，充再多钱也可能被停机。

