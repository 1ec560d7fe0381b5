# The offline page: /en/offline/. The service worker shows it, without a connection, in place
# of a page this device has not saved. The links under offline-text are the saved pages,
# named by their titles.

offline-page-title = You are offline
offline-page-description = This page is not saved on this device. The pages listed here open without a connection.
offline-heading = This page needs a connection
offline-text = Your device is not connected, and this page is not saved on it. These pages of the guide were saved when you first opened it, and open without mobile data:
offline-companies = Each of them is saved for every company too: choose yours on the page.
offline-plan-heading = Your number today and your plan to keep it
offline-plan-text = The plan's form is saved on this device, but its answers need a connection: they are worked out when you ask. If you downloaded its calendar file before, your dates and their alerts 7 days and 1 day before are already in your phone's calendar. Open your calendar to see them.
offline-reload = When you are connected again, reload this page.
