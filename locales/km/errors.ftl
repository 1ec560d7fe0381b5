# Error pages.

not-found-page-title = Page not found
not-found-page-description = This address is not a page of the guide to keeping a Cambodian prepaid number.
not-found-heading = We could not find this page
not-found-text = The address may be mistyped, or the page may have moved. Start again from the overview:
# Context: on every 404 page, each language's link is shown in its own language.
not-found-home-link = The guide in English
