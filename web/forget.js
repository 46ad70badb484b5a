// "Forget everything": deletes all that this site keeps in this browser --
// local and session storage (the saved inputs), IndexedDB, the Origin Private
// File System, the offline copy of the app (Cache Storage) and the service
// worker -- for the app's origin only. The app's button calls
//   await window.IPPrivacy.forgetEverything();  location.reload();
// It resolves to a summary of what was deleted (counts and names, never
// contents). Documented in README.md, "Privacy".
(function () {
  'use strict';

  function deleteDatabase(name) {
    return new Promise(function (resolve) {
      var request = indexedDB.deleteDatabase(name);
      request.onsuccess = function () { resolve('deleted'); };
      request.onerror = function () { resolve('failed'); };
      // A connection this page still holds (the app's own) delays deletion
      // until the page closes or reloads; the browser finishes it then.
      request.onblocked = function () { resolve('deleted on reload'); };
    });
  }

  async function clearStorage(storage) {
    try {
      var count = storage.length;
      storage.clear();
      return count;
    } catch (e) {
      return 0;  // storage disabled: nothing was kept there
    }
  }

  async function forgetEverything() {
    var summary = { localStorage: 0, sessionStorage: 0, indexedDB: {}, files: 0, caches: [], serviceWorkers: 0 };
    summary.localStorage = await clearStorage(window.localStorage);
    summary.sessionStorage = await clearStorage(window.sessionStorage);
    if (window.indexedDB && indexedDB.databases) {
      var databases = await indexedDB.databases();
      for (var i = 0; i < databases.length; i++) {
        summary.indexedDB[databases[i].name] = await deleteDatabase(databases[i].name);
      }
    }
    if (navigator.storage && navigator.storage.getDirectory) {
      try {
        var root = await navigator.storage.getDirectory();
        for await (var name of root.keys()) {
          await root.removeEntry(name, { recursive: true });
          summary.files++;
        }
      } catch (e) {
        // No private file system in this context (some private windows).
      }
    }
    if (window.caches) {
      var keys = await caches.keys();
      for (var k = 0; k < keys.length; k++) {
        await caches.delete(keys[k]);
        summary.caches.push(keys[k]);
      }
    }
    if (navigator.serviceWorker) {
      var registrations = await navigator.serviceWorker.getRegistrations();
      for (var r = 0; r < registrations.length; r++) {
        if (await registrations[r].unregister()) summary.serviceWorkers++;
      }
    }
    return summary;
  }

  window.IPPrivacy = Object.freeze({ forgetEverything: forgetEverything });
})();
