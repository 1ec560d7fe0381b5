# The offline page: /zh/offline/. The service worker shows it, without a connection, in place
# of a page this device has not saved. The links under offline-text are the saved pages,
# named by their titles.

offline-page-title = 没有网络连接
offline-page-description = 本页没有保存在你的设备上。下面列出的页面断网时也能打开。
offline-heading = 本页需要联网才能打开
offline-text = 你的设备现在没有联网，本页也没有保存在设备上。你第一次打开本指南时，下面这些页面就已经保存到设备上了，断网也能打开：
offline-companies = 各运营商的专页也都已保存，打开上面任一页面，再选你的运营商就行。
offline-plan-heading = 号码现状和保号计划
offline-plan-text = 本设备已保存保号计划的填写页面，但计算结果需要联网才能看到。如果你之前下载过日历文件，各个日期和前7天、前1天的提醒已经在手机日历里了，打开日历就能看到。
offline-reload = 恢复联网后，请刷新本页。
