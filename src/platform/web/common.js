// Helpers the other files of the web platform layer share. Every file in
// src/platform/web/ is an Emscripten JS library (linked with --js-library,
// cmake/web_app.cmake): an `ip_js_*` entry is a function platform_web.cpp
// declares extern "C" and calls; a `$ip*` entry is a helper that lands in
// app.js, under its name without the `$`, only when an entry lists it in its
// `__deps`. Emscripten turns each entry into source text, so entries are
// written `function (...) {...}`, never as arrows or methods. No
// destructuring: Emscripten 3.1.6's JS minifier breaks it.
//
// The app calls back through its EMSCRIPTEN_KEEPALIVE functions
// (`_ip_platform_*`, `_ip_test_*`); strings cross as UTF-8 copies in the
// app's heap, made with _malloc and freed by whoever the comment names.
// tests/browser/platform_library.test.mjs checks that every file parses and
// that these names match the C++ side.
/* global mergeInto, LibraryManager, Module, _malloc, _free, lengthBytesUTF8, stringToUTF8 */

mergeInto(LibraryManager.library, {
    // Something happened that may change what is on screen: the next animation
    // frame renders (ip_js_take_redraw). The page's own scripts call it as
    // Module.ipWake (web/embed-frame.js).
    $ipWake: function () {
        Module.ipRedraw = true;
    },

    // Calls use(ptr) with a UTF-8 copy of text in the app's heap, freed after.
    $ipWithString: function (text, use) {
        const size = lengthBytesUTF8(text) + 1;
        const ptr = _malloc(size);
        stringToUTF8(text, ptr, size);
        try { use(ptr); } finally { _free(ptr); }
    },

    // A UTF-8 copy of text in the app's heap, for a function returning char*:
    // the C++ caller frees it.
    $ipNewString: function (text) {
        const size = lengthBytesUTF8(text) + 1;
        const ptr = _malloc(size);
        stringToUTF8(text, ptr, size);
        return ptr;
    },

    // Text from the clipboard or a drop: line ends become \n, and tabs four
    // spaces (Tab moves the focus in the app).
    $ipNormalizeText: function (text) {
        return text.split('\r\n').join('\n').split('\r').join('\n').split('\t').join('    ');
    },
});
