// Storage in this browser only: localStorage, and "Forget everything"
// (web/forget.js, window.IPPrivacy). A browser without storage or refusing
// it behaves as an empty store.
//
// platform.h: load_value, save_value, remove_value,
// forget_everything_and_reload.
/* global mergeInto, LibraryManager, UTF8ToString, ipNewString */

mergeInto(LibraryManager.library, {
    // Returns a malloc'd UTF-8 copy (the caller frees it), or 0 for a missing
    // key or a browser without storage.
    ip_js_load_value__deps: ['$ipNewString'],
    ip_js_load_value: function (key) {
        let value = null;
        try { value = window.localStorage.getItem(UTF8ToString(key)); } catch (e) {}
        if (value === null) return 0;
        return ipNewString(value);
    },

    // 1 when stored, 0 when the browser refuses (storage full or disabled).
    ip_js_save_value: function (key, value) {
        try {
            window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
            return 1;
        } catch (e) {
            return 0;
        }
    },

    ip_js_remove_value: function (key) {
        try { window.localStorage.removeItem(UTF8ToString(key)); } catch (e) {}
    },

    ip_js_forget_everything: function () {
        const reload = () => window.location.reload();
        if (window.IPPrivacy) {
            window.IPPrivacy.forgetEverything().then(reload, reload);
        } else {
            try { window.localStorage.clear(); } catch (e) {}
            reload();
        }
    },
});
