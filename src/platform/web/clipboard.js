// Paste and copy. Emscripten's GLFW has no clipboard: a paste arrives through
// the page's paste event, and a copy goes to navigator.clipboard (or, where
// that is missing or refused, document.execCommand('copy')).
//
// platform.h: on_paste, copy_to_clipboard.
/* global mergeInto, LibraryManager, Module, UTF8ToString, _ip_platform_pasted, ipWake, ipWithString,
   ipNormalizeText */

mergeInto(LibraryManager.library, {
    // The text goes to the app, tabs become spaces (Tab moves focus). The
    // document overlay keeps the browser's own paste.
    $ipListenForPaste__deps: ['$ipWake', '$ipWithString', '$ipNormalizeText'],
    $ipListenForPaste: function () {
        window.addEventListener('paste', (event) => {
            if (Module.ipOverlayOpen) return;
            const data = event.clipboardData;
            const text = data ? data.getData('text/plain') : '';
            event.preventDefault();
            if (!text) return;
            ipWithString(ipNormalizeText(text), (ptr) => _ip_platform_pasted(ptr));
            ipWake();
        });
    },

    ip_js_copy: function (text) {
        const value = UTF8ToString(text);
        const fallback = () => {
            const area = document.createElement('textarea');
            area.value = value;
            area.style.position = 'fixed';
            area.style.opacity = '0';
            document.body.appendChild(area);
            area.select();
            try { document.execCommand('copy'); } catch (e) {}
            area.remove();
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
            navigator.clipboard.writeText(value).catch(fallback);
        } else {
            fallback();
        }
    },
});
