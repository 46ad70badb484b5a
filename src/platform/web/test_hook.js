// The browser tests' window.__ip hook (see src/app/test_hook.h), only in a
// browser driven by automation: a person's browser never has window.__ip.
//
// platform.h: install_test_hook (answered by _ip_test_state, _ip_test_click).
/* global mergeInto, LibraryManager, UTF8ToString, _ip_test_state, _ip_test_click, ipWake, ipWithString */

mergeInto(LibraryManager.library, {
    ip_js_install_test_hook__deps: ['$ipWake', '$ipWithString'],
    ip_js_install_test_hook: function () {
        if (navigator.webdriver !== true) return;
        window.__ip = Object.freeze({
            state: () => JSON.parse(UTF8ToString(_ip_test_state())),
            click: (id) => {
                let pressed = 0;
                ipWithString(String(id), (ptr) => { pressed = _ip_test_click(ptr); });
                ipWake();
                return pressed === 1;
            },
        });
    },
});
