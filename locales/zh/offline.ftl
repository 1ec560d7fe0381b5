# The offline page: /zh/offline/. The service worker shows it, without a connection, in place
# of a page this device has not saved. The links under offline-text are the saved pages,
# named by their titles.

offline-page-title = 没有网络连接
offline-page-description = 本页没有保存在你的手机上。下面列出的页面断网时也能打开。
offline-heading = 本页需要联网才能打开
offline-text = 你的手机现在没有联网，本页也没有保存在手机上。你第一次打开本指南时，下面这些页面就已经保存下来了，断网也能打开：
offline-companies = 各运营商的专页也都已保存，打开上面任一页面，再选你的运营商就行。
offline-plan-heading = 号码现状和保号计划
offline-plan-text = 保号计划的填写页面已保存在手机上，但计算结果需要联网才能看到。如果你之前下载过日历文件，各个关键日期及提前7天、1天的提醒已经在手机日历里了，打开日历就能看到。
offline-reload = 恢复联网后，请刷新本页。
