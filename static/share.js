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

  // Copy buttons: each dialling code gets one beside it, and a status that says (and
  // announces) "Copied". Without scripting the code is still there to select. A code with a
  // placeholder is copied up to it (*888*), the reader types the rest.
  var main = document.getElementById("main");
  var codes = main ? main.querySelectorAll("code.ussd") : [];
  Array.prototype.forEach.call(codes, function (code) {
    var line = document.createElement("span");
    line.className = "dial";
    code.parentNode.insertBefore(line, code);
    line.appendChild(code);
    var copy = document.createElement("button");
    copy.type = "button";
    copy.className = "copy";
    copy.textContent = main.getAttribute("data-copy");
    // Heard as "Copy *888#": each button names the code it copies.
    copy.setAttribute("aria-label",
      main.getAttribute("data-copy-label").replace("{code}", code.textContent));
    var said = document.createElement("span");
    said.className = "copy-status";
    said.setAttribute("role", "status");
    line.appendChild(copy);
    line.appendChild(said);
    copy.addEventListener("click", function () {
      var text = "";
      for (var n = code.firstChild; n && n.nodeName !== "VAR"; n = n.nextSibling) {
        text += n.textContent;
      }
      var done = function () { said.textContent = main.getAttribute("data-copied"); };
      var select = function () {
        var range = document.createRange();
        range.selectNodeContents(code);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        try { if (document.execCommand("copy")) { done(); } } catch (e) { /* left selected */ }
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, select);
      } else {
        select();
      }
    });
  });

  // "Not sure? Type your number": answered in the page from the prefix table it carries
  // (data-prefixes, made from src/facts.toml), so the number goes nowhere: not to the
  // server, not into the address bar, and it works offline. The same reading of a number as
  // src/lookup/mod.rs. Without scripting the form asks /{lang}/which-operator/.
  var lookup = document.querySelector("form[data-prefixes]");
  if (lookup) {
    var table = {};
    lookup.getAttribute("data-prefixes").split("|").forEach(function (row) {
      var parts = row.split(":");
      parts[2].split(" ").forEach(function (p) { table[p] = { slug: parts[0], name: parts[1] }; });
    });
    var live = document.querySelector(".lookup-live");
    var field = lookup.querySelector("input[name=number]");
    var say = function (name, prefix, company) {
      return lookup.getAttribute("data-" + name).split("{p}").join(prefix).split("{o}").join(company);
    };
    var line = function (text, href, tag) {
      var p = document.createElement("p");
      var a = document.createElement(href ? "a" : "span");
      a.textContent = text;
      if (href) { a.href = href; }
      p.appendChild(a);
      if (tag) {
        var t = document.createElement("span");
        t.className = "tag tag-unconfirmed";
        t.textContent = tag;
        p.appendChild(document.createTextNode(" "));
        p.appendChild(t);
      }
      live.appendChild(p);
    };
    lookup.addEventListener("submit", function (event) {
      event.preventDefault();
      var lang = location.pathname.split("/")[1];
      var prefix = prefixOf(field.value);
      live.textContent = "";
      field.removeAttribute("aria-invalid");
      if (!prefix) {
        field.setAttribute("aria-invalid", "true");
        line(lookup.getAttribute("data-error"));
        line(lookup.getAttribute("data-hint"));
        return;
      }
      var company = table[prefix];
      if (!company) {
        line(say("unknown", prefix, ""), "");
        return;
      }
      line(say("assigned", prefix, company.name), "", lookup.getAttribute("data-unconfirmed"));
      line(say("abroad", prefix, company.name), "/" + lang + "/" + company.slug + "/#company");
      // "When is my deadline?", as the page says it, with the company filled in.
      var plan = document.querySelector(".situations a[href*='/plan/']");
      line(plan.textContent, "/" + lang + "/plan/?operator=" + company.slug);
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

  // A Cambodian mobile number's prefix ("012"), or null: full-width and Khmer digits read
  // as digits, separators skipped, +855 / 00855 / 855 / the 0 dropped, landlines refused.
  function prefixOf(input) {
    var s = "";
    for (var i = 0; i < input.length; i++) {
      var c = input.charCodeAt(i);
      if (c >= 0xff01 && c <= 0xff5e) { c -= 0xfee0; } else if (c === 0x3000) { c = 32; }
      s += c >= 0x17e0 && c <= 0x17e9 ? String(c - 0x17e0) : String.fromCharCode(c);
    }
    s = s.trim();
    if (!s || /\p{L}/u.test(s)) { return null; }
    var international = s.charAt(0) === "+";
    if (international) { s = s.slice(1); }
    if (/[^0-9\s\-.\/()]/.test(s)) { return null; }
    var d = s.replace(/[^0-9]/g, "");
    var national = d;
    if (international) {
      if (d.indexOf("855") !== 0) { return null; }
      national = d.slice(3);
    } else if (d.indexOf("00") === 0) {
      if (d.indexOf("00855") !== 0) { return null; }
      national = d.slice(5);
    } else if (d.indexOf("855") === 0) {
      var rest = d.slice(3).replace(/^0+/, "").length;
      if (rest === 8 || rest === 9) { national = d.slice(3); }
    }
    if (national.charAt(0) === "0") { national = national.slice(1); }
    if (national.length < 8 || national.length > 9) { return null; }
    var a = +national.charAt(0), b = +national.charAt(1);
    var landline = (a === 2 && b >= 3 && b <= 6) || (a === 3 && b >= 2 && b <= 6) ||
      (a === 4 && b >= 2 && b <= 4) || (a >= 5 && a <= 7 && b >= 2 && b <= 5);
    if (landline || a === 0 || a === 2 || a === 4 || a === 5) { return null; }
    return "0" + national.slice(0, 2);
  }
})();
