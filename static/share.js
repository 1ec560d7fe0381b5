// Progressive enhancement: the guide works without this script.
(function () {
  "use strict";

  // Offline: the service worker (/sw.js) saves this language's pages, so they open when the
  // reader has no connection. Browsers without service workers, or without a secure
  // context, simply skip it.
  // Registered once the page has loaded, so that it never competes with the page itself.
  if ("serviceWorker" in navigator) {
    window.addEventListener("load", function () {
      navigator.serviceWorker.register("/sw.js").catch(function () {});
      var lang = location.pathname.split("/")[1];
      navigator.serviceWorker.ready.then(function (registration) {
        if (registration.active) {
          registration.active.postMessage({ save: lang });
        }
      });
    });
  }

  // Share button: it shares the link (Web Share API) or copies it. Without scripting the
  // stylesheet hides it, and the page still shows its address (and QR code on wide screens).
  var button = document.querySelector(".share-action");
  if (!button) {
    return;
  }
  if (!(navigator.share || (navigator.clipboard && navigator.clipboard.writeText))) {
    button.hidden = true; // a browser that can do neither
    return;
  }
  var status = document.querySelector(".share-status");
  button.addEventListener("click", function () {
    var url = button.getAttribute("data-url");
    if (navigator.share) {
      navigator.share({ title: document.title, url: url }).catch(function () {});
      return;
    }
    navigator.clipboard.writeText(url).then(function () {
      if (status) {
        status.textContent = button.getAttribute("data-copied");
      }
    });
  });
})();
