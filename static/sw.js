// The service worker: keeps the guide readable when the reader has no connection (the day
// their number's validity runs out, mobile data stops). Served at /sw.js by the server
// (src/offline.rs), which fills in VERSION, a hash of everything the site serves, and
// SAVED, for each language the pages and files to save and the offline page.
//
// - Install: saves the pages and files of the languages open in the browser (and those the
//   previous version had saved) into a cache named after VERSION.
// - Activate: deletes every other cache, so a new deploy replaces the old pages.
// - Pages: the network first (checked with the server, never the browser's older copy);
//   after 3 s or on failure, the saved copy; else the offline page of the page's language.
// - Files: the saved copy, else the network. Nothing is saved while browsing: answers that
//   depend on what the reader typed (the plan's answers, the calendar file, the slip,
//   which company a number is, a report) are never saved, nor anything sent with no-store.
"use strict";

var VERSION = "__VERSION__";
var SAVED = "__SAVED__";
var CACHE = "kyn-" + VERSION;
var TIMEOUT_MS = 3000;

function known(lang) {
  return Object.prototype.hasOwnProperty.call(SAVED, lang);
}

function langOf(path) {
  var lang = path.split("/")[1];
  return known(lang) ? lang : null;
}

// Fetches all of a language's paths, then saves them all: a failure saves nothing.
function save(cache, lang) {
  var paths = SAVED[lang].paths;
  return Promise.all(paths.map(function (path) {
    // Pages are checked with the server, so a new version never saves an older copy from
    // the browser's HTTP cache; fingerprinted files never change.
    var fresh = path.indexOf("/static/") === 0 ? "default" : "no-cache";
    return fetch(new Request(path, { cache: fresh })).then(function (response) {
      var control = response.headers.get("Cache-Control") || "";
      if (!response.ok || control.indexOf("no-store") !== -1) {
        throw new Error(path + " not saved: " + response.status);
      }
      return response;
    });
  })).then(function (responses) {
    return Promise.all(responses.map(function (response, i) {
      return cache.put(paths[i], response);
    }));
  });
}

// The languages to save: those of the open pages, and those an older version saved.
function languages() {
  var wanted = {};
  var open = self.clients.matchAll({ type: "window", includeUncontrolled: true })
    .then(function (clients) {
      clients.forEach(function (client) {
        var lang = langOf(new URL(client.url).pathname);
        if (lang) {
          wanted[lang] = true;
        }
      });
    });
  var before = caches.keys().then(function (names) {
    return Promise.all(names.map(function (name) {
      return caches.open(name).then(function (cache) {
        return Promise.all(Object.keys(SAVED).map(function (lang) {
          return cache.match(SAVED[lang].offline).then(function (hit) {
            if (hit) {
              wanted[lang] = true;
            }
          });
        }));
      });
    }));
  });
  return Promise.all([open, before]).then(function () {
    return Object.keys(wanted);
  });
}

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return languages().then(function (langs) {
      return Promise.all(langs.map(function (lang) {
        return save(cache, lang);
      }));
    });
  }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name !== CACHE;
    }).map(function (name) {
      return caches.delete(name);
    }));
  }).then(function () {
    return self.clients.claim();
  }));
});

// A page asks for its language to be saved (static/share.js), e.g. after the reader
// switched language.
self.addEventListener("message", function (event) {
  var lang = event.data && event.data.save;
  if (!known(lang)) {
    return;
  }
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.match(SAVED[lang].offline).then(function (hit) {
      return hit || save(cache, lang);
    });
  }).catch(function () {}));
});

function fromCache(path) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(path, { ignoreVary: true });
  });
}

// The saved copy of a page (a query changes nothing on a saved page, except on a form
// whose answers the server works out: SAVED[lang].asked), else the offline page in the
// page's language, else in any language saved.
function savedPage(url) {
  var asked = url.search && langOf(url.pathname) &&
    SAVED[langOf(url.pathname)].asked.indexOf(url.pathname) >= 0;
  return (asked ? Promise.resolve(undefined) : fromCache(url.pathname)).then(function (hit) {
    if (hit) {
      return hit;
    }
    var lang = langOf(url.pathname);
    var langs = (lang ? [lang] : []).concat(Object.keys(SAVED));
    return langs.reduce(function (found, next) {
      return found.then(function (response) {
        return response || fromCache(SAVED[next].offline);
      });
    }, Promise.resolve(undefined));
  }).then(function (response) {
    return response || Response.error();
  });
}

function navigate(request, url) {
  var network = fetch(new Request(request, { cache: "no-cache" }));
  var timeout = new Promise(function (resolve, reject) {
    setTimeout(function () {
      reject(new Error("timeout"));
    }, TIMEOUT_MS);
  });
  return Promise.race([network, timeout]).catch(function () {
    return savedPage(url);
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(navigate(request, url));
    return;
  }
  if (url.search) {
    return;
  }
  event.respondWith(fromCache(url.pathname).then(function (hit) {
    return hit || fetch(request);
  }));
});
