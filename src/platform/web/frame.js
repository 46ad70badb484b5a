// The frame loop's side of the page: wake-ups, the canvas's size and pixel
// ratio (high DPI, browser zoom), and the page listeners installed at start.
//
// platform.h: init, sync_canvas_size, take_redraw_request, signal_first_frame.
// The loop sleeps in a hidden tab because the browser stops
// requestAnimationFrame there; visibilitychange wakes it on return.
/* global mergeInto, LibraryManager, Module, HEAP32, HEAPF32, ipWake, ipListenForPaste, ipListenForTouch,
   ipListenForDrops, ipWatchColourScheme, ipListenForEmbedConfig, ipListenForAccessibleView */

mergeInto(LibraryManager.library, {
    // Every listener the app needs, installed once, in this order.
    ip_js_init__deps: ['$ipListenForWakeUps', '$ipListenForPaste', '$ipListenForTouch', '$ipListenForDrops',
                       '$ipWatchColourScheme', '$ipListenForEmbedConfig', '$ipListenForAccessibleView'],
    ip_js_init: function () {
        ipListenForWakeUps();
        ipListenForPaste();
        ipListenForTouch();
        ipListenForDrops();
        ipWatchColourScheme();
        ipListenForEmbedConfig();
        ipListenForAccessibleView();
    },

    // Any input, focus change or return to the tab asks for a redraw.
    $ipListenForWakeUps__deps: ['$ipWake'],
    $ipListenForWakeUps: function () {
        Module.ipRedraw = true;
        Module.ipWake = ipWake;
        const events = ['pointerdown', 'pointerup', 'pointermove', 'wheel', 'keydown', 'keyup', 'touchstart',
                        'touchmove', 'touchend', 'focus', 'blur', 'visibilitychange'];
        for (const type of events) window.addEventListener(type, ipWake, {capture: true, passive: true});
    },

    ip_js_sync_canvas: function (out_size, out_ratio) {
        const canvas = Module.canvas;
        const ratio = window.devicePixelRatio || 1;
        const rect = canvas.getBoundingClientRect();
        const width = Math.max(1, Math.round(rect.width * ratio));
        const height = Math.max(1, Math.round(rect.height * ratio));
        // Module.setCanvasSize also tells Emscripten's GLFW, so the window size
        // ImGui reads matches the backing store.
        if (canvas.width !== width || canvas.height !== height) Module.setCanvasSize(width, height);
        HEAP32[out_size >> 2] = width;
        HEAP32[(out_size >> 2) + 1] = height;
        HEAPF32[out_ratio >> 2] = ratio;
    },

    // Size, pixel ratio and colour scheme are compared on every animation
    // frame rather than trusted to events: zoom, a move to another screen or
    // an embedding page resizing its container do not all fire one.
    ip_js_take_redraw: function () {
        const canvas = Module.canvas;
        const dark = Module.ipDark && Module.ipDark.matches ? 'd' : 'l';
        const shape = canvas.clientWidth + 'x' + canvas.clientHeight + '@' + window.devicePixelRatio + dark;
        let pending = Module.ipRedraw;
        if (shape !== Module.ipShape) {
            Module.ipShape = shape;
            pending = true;
        }
        Module.ipRedraw = false;
        return pending ? 1 : 0;
    },

    // Hides the loading indicator (shell.html listens) and tells the browser
    // tests the app is up.
    ip_js_signal_first_frame: function () {
        document.body.dataset.ready = '1';
        window.dispatchEvent(new Event('ip-app-ready'));
    },
});
