# Error pages.

not-found-page-title = 找不到页面
not-found-page-description = 这个地址不属于柬埔寨保号卡续费指南。
not-found-heading = 找不到这个页面
not-found-text = 地址可能输错了，或者页面已经移动。请从总览页重新开始：
