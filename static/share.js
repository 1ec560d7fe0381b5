// Share button: progressive enhancement. Without this script the page still shows its
// address and QR code; with it, a button shares the link (Web Share API) or copies it.
(function () {
  "use strict";
  var button = document.querySelector(".share-action");
  if (!button || !(navigator.share || (navigator.clipboard && navigator.clipboard.writeText))) {
    return;
  }
  var status = document.querySelector(".share-status");
  button.hidden = false;
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
