// What the app asks of the page and the browser: today's date, the language,
// the colour scheme (followed live), and the console.
//
// platform.h: today, browser_language, prefers_dark, log_warning.
/* global mergeInto, LibraryManager, Module, UTF8ToString, ipWake, ipNewString */

mergeInto(LibraryManager.library, {
    // Today in the user's time zone, "YYYY-MM-DD" (malloc'd, the caller frees it).
    ip_js_today__deps: ['$ipNewString'],
    ip_js_today: function () {
        const d = new Date();
        const pad = (n) => String(n).padStart(2, '0');
        return ipNewString(d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()));
    },

    // navigator.language (malloc'd, the caller frees it), "" when unknown.
    ip_js_browser_language__deps: ['$ipNewString'],
    ip_js_browser_language: function () {
        return ipNewString(String(navigator.language || ''));
    },

    // A change of the system's colour scheme requests a redraw.
    $ipWatchColourScheme__deps: ['$ipWake'],
    $ipWatchColourScheme: function () {
        Module.ipDark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
        if (Module.ipDark && Module.ipDark.addEventListener) Module.ipDark.addEventListener('change', ipWake);
    },

    ip_js_prefers_dark: function () {
        return Module.ipDark && Module.ipDark.matches ? 1 : 0;
    },

    ip_js_log_warning: function (message) {
        console.warn(UTF8ToString(message));
    },
});
