# Error pages.

not-found-page-title = 找不到页面
not-found-page-description = 柬埔寨手机号保号充值指南里没有这个页面。
not-found-heading = 找不到这个页面
not-found-text = 可能是网址输错了，也可能是页面已被移动或删除。请从首页重新开始：
