// The browser side of platform.h. Every JavaScript the app runs is in this
// file: EM_JS functions the app calls, and EMSCRIPTEN_KEEPALIVE functions the
// page's event listeners call back into.
//
// [SECTION] Callbacks from the page (EMSCRIPTEN_KEEPALIVE)
// [SECTION] Page listeners: wake-ups, paste, touch, drag and drop, soft keyboard
// [SECTION] Canvas, time, clipboard
// [SECTION] Files: picker, PDF import, downloads
// [SECTION] The document overlay (accessible view)
// [SECTION] Storage, colour scheme, embedding, page state, test hook
// [SECTION] platform.h implementation
//
// EM_JS bodies pass through the C preprocessor and a JSON file, which mangle
// backslashes: no escapes or regular expressions in them (character codes
// instead). Emscripten 3.1.6's JS minifier also breaks destructuring.
#include "platform/platform.h"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace {

std::function<void(const std::string&)> g_paste_handler;
std::function<void(const std::string&, const std::string&)> g_file_handler;
std::function<void(const std::string&, const std::string&, float, float)> g_drop_handler;
std::function<void(bool, const std::string&)> g_pdf_handler;
std::function<void(const ip::platform::EmbedConfig&)> g_embed_handler;
std::function<void()> g_accessible_view_handler;
std::function<void(float, float)> g_wheel_handler;
std::function<std::string()> g_test_state;
std::function<bool(const std::string&)> g_test_click;
ip::platform::SoftKeys g_soft_keys;
std::string g_test_reply;
bool g_storage_closed = false;  // "Forget everything" is under way

}  // namespace

// [SECTION] Callbacks from the page (EMSCRIPTEN_KEEPALIVE)

extern "C" {

EMSCRIPTEN_KEEPALIVE void ip_platform_pasted(const char* text) {
    if (g_paste_handler) g_paste_handler(text);
}

EMSCRIPTEN_KEEPALIVE void ip_platform_file_opened(const char* name, const char* bytes, int size) {
    if (!g_file_handler) return;
    // One picker at a time: the handler belongs to the request that opened it.
    auto handler = std::move(g_file_handler);
    g_file_handler = nullptr;
    handler(name, std::string(bytes, static_cast<size_t>(size)));
}

EMSCRIPTEN_KEEPALIVE void ip_platform_file_dropped(const char* name, const char* bytes, int size, float x, float y) {
    if (g_drop_handler) g_drop_handler(name, std::string(bytes, static_cast<size_t>(size)), x, y);
}

EMSCRIPTEN_KEEPALIVE void ip_platform_pdf_done(int ok, const char* result) {
    if (!g_pdf_handler) return;
    auto handler = std::move(g_pdf_handler);
    g_pdf_handler = nullptr;
    handler(ok != 0, result);
}

EMSCRIPTEN_KEEPALIVE void ip_platform_accessible_view() {
    if (g_accessible_view_handler) g_accessible_view_handler();
}

EMSCRIPTEN_KEEPALIVE void ip_platform_soft_text(const char* text) { g_soft_keys.text += text; }

EMSCRIPTEN_KEEPALIVE void ip_platform_soft_key(int key) {
    if (key == 8) ++g_soft_keys.backspace;
    if (key == 13) ++g_soft_keys.enter;
}

// `hide` is the section names joined by commas.
EMSCRIPTEN_KEEPALIVE void ip_platform_embed_configure(const char* job, const char* company, const char* role,
                                                      const char* brand_color, const char* logo_rgba, int logo_size,
                                                      int logo_width, int logo_height, const char* hide) {
    if (!g_embed_handler) return;
    ip::platform::EmbedConfig config{job, company, role, brand_color,
                                     {logo_width, logo_height, std::string(logo_rgba, static_cast<size_t>(logo_size))},
                                     {}};
    std::string names = hide;
    for (size_t start = 0; start < names.size();) {
        const size_t comma = std::min(names.find(',', start), names.size());
        if (comma > start) config.hide.push_back(names.substr(start, comma - start));
        start = comma + 1;
    }
    g_embed_handler(config);
}

EMSCRIPTEN_KEEPALIVE const char* ip_test_state() {
    g_test_reply = g_test_state ? g_test_state() : std::string("{}");
    return g_test_reply.c_str();
}

EMSCRIPTEN_KEEPALIVE int ip_test_click(const char* id) { return g_test_click && g_test_click(id) ? 1 : 0; }

}  // extern "C"

// [SECTION] Page listeners: wake-ups, paste, touch, drag and drop, soft keyboard

// EM_JS bodies are JavaScript, which clang-format would mangle.
// clang-format off

EM_JS(void, ip_js_init, (), {
    const wake = () => { Module.ipRedraw = true; };
    Module.ipRedraw = true;
    Module.ipWake = wake;
    const canvas = Module.canvas;
    const events = ['pointerdown', 'pointerup', 'pointermove', 'wheel', 'keydown', 'keyup', 'touchstart',
                    'touchmove', 'touchend', 'focus', 'blur', 'visibilitychange'];
    for (const type of events) window.addEventListener(type, wake, {capture: true, passive: true});

    const withString = (text, use) => {
        const size = lengthBytesUTF8(text) + 1;
        const ptr = _malloc(size);
        stringToUTF8(text, ptr, size);
        try { use(ptr); } finally { _free(ptr); }
    };
    Module.ipWithString = withString;
    const CR = String.fromCharCode(13), LF = String.fromCharCode(10), TAB = String.fromCharCode(9);
    const normalize = (text) => text.split(CR + LF).join(LF).split(CR).join(LF).split(TAB).join('    ');

    // Paste: the text goes to the app, tabs become spaces (Tab moves focus).
    window.addEventListener('paste', (event) => {
        if (Module.ipOverlayOpen) return;
        const data = event.clipboardData;
        const text = data ? data.getData('text/plain') : "";
        event.preventDefault();
        if (!text) return;
        withString(normalize(text), (ptr) => _ip_platform_pasted(ptr));
        wake();
    });

    // Touch. Emscripten's GLFW reads touches without their position, so a tap
    // would press wherever the last one was. The canvas's touches are kept
    // from it and replayed as mouse events at the right place.
    Module.ipTouch = false;
    const mouse = (type, event) => {
        canvas.dispatchEvent(new MouseEvent(type, {clientX: event.clientX, clientY: event.clientY, button: 0,
                                                   buttons: type === 'mouseup' ? 0 : 1, bubbles: true}));
    };
    canvas.addEventListener('pointerdown', (event) => {
        Module.ipTouch = event.pointerType !== 'mouse';
        if (!Module.ipTouch) return;
        mouse('mousemove', event);
        mouse('mousedown', event);
    });
    canvas.addEventListener('pointermove', (event) => {
        if (event.pointerType !== 'mouse') mouse('mousemove', event);
    });
    const touchUp = (event) => {
        if (event.pointerType === 'mouse') return;
        mouse('mousemove', event);
        mouse('mouseup', event);
    };
    canvas.addEventListener('pointerup', touchUp);
    canvas.addEventListener('pointercancel', touchUp);
    for (const type of ['touchstart', 'touchmove', 'touchend', 'touchcancel']) {
        window.addEventListener(type, (event) => {
            if (event.target !== canvas) return;
            event.stopPropagation();
            // No emulated mouse events, no page zoom or scroll: the app scrolls.
            if (event.cancelable) event.preventDefault();
            if (type === 'touchend') focusFieldUnder(event.changedTouches[0]);
        }, {capture: true, passive: false});
    }

    // The on-screen keyboard: a hidden input that holds the focus while a
    // text field is edited on a touch screen. It always holds one space, so
    // Backspace has something to delete and fires an input event.
    const input = document.createElement('input');
    input.type = 'text';
    input.setAttribute('aria-hidden', 'true');
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('autocorrect', 'off');
    input.setAttribute('autocapitalize', 'sentences');
    input.spellcheck = false;
    input.tabIndex = -1;
    const s = input.style;
    s.position = 'fixed';
    s.left = '0';
    s.top = '0';
    s.width = '1px';
    s.height = '1px';
    s.opacity = '0';
    s.border = '0';
    s.padding = '0';
    s.fontSize = '16px';  // iOS zooms into fields with smaller text
    s.pointerEvents = 'none';
    s.background = 'transparent';
    s.color = 'transparent';
    s.caretColor = 'transparent';
    input.value = ' ';
    document.body.appendChild(input);
    Module.ipInput = input;
    Module.ipFieldAreas = [];
    const reset = () => {
        input.value = ' ';
        input.setSelectionRange(1, 1);
    };
    const focusFieldUnder = (touch) => {
        if (!touch) return;
        const x = touch.clientX, y = touch.clientY;
        const hit = Module.ipFieldAreas.some((r) => x >= r[0] && x <= r[0] + r[2] && y >= r[1] && y <= r[1] + r[3]);
        if (hit) {
            input.style.left = x + 'px';
            input.style.top = y + 'px';
            input.focus({preventScroll: true});
            reset();
        }
    };
    // Keys a hardware keyboard sends reach the app as GLFW key events too;
    // the input must not deliver them a second time.
    let lastKey = null;
    window.addEventListener('keydown', (event) => { lastKey = event.keyCode; }, true);
    window.addEventListener('keypress', (event) => { lastKey = String.fromCharCode(event.charCode); }, true);
    let composing = false;
    input.addEventListener('compositionstart', () => { composing = true; });
    input.addEventListener('compositionend', (event) => {
        composing = false;
        if (event.data) withString(event.data, (ptr) => _ip_platform_soft_text(ptr));
        reset();
        wake();
    });
    input.addEventListener('input', (event) => {
        if (composing || event.isComposing) return;
        const type = event.inputType || "";
        if (type.indexOf('delete') === 0) {
            if (lastKey !== 8) _ip_platform_soft_key(8);
        } else if (type === 'insertLineBreak' || type === 'insertParagraph') {
            if (lastKey !== 13) _ip_platform_soft_key(13);
        } else {
            const text = event.data !== null && event.data !== undefined ? event.data : input.value.slice(1);
            if (text && text !== lastKey) withString(text, (ptr) => _ip_platform_soft_text(ptr));
        }
        lastKey = null;
        reset();
        wake();
    });

    // Drag and drop anywhere on the page. Dropped text (not a file) arrives
    // with an empty name.
    Module.ipDrag = null;
    let dragTimer = 0;
    const hasFiles = (event) => event.dataTransfer && Array.from(event.dataTransfer.types || []).indexOf('Files') >= 0;
    window.addEventListener('dragover', (event) => {
        if (Module.ipOverlayOpen) return;
        event.preventDefault();
        event.stopPropagation();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
        Module.ipDrag = {x: event.clientX, y: event.clientY, files: hasFiles(event)};
        clearTimeout(dragTimer);
        // dragleave is unreliable across browsers; dragover repeats while over the page.
        dragTimer = setTimeout(() => { Module.ipDrag = null; wake(); }, 400);
        wake();
    }, true);
    window.addEventListener('drop', (event) => {
        if (Module.ipOverlayOpen) return;
        event.preventDefault();
        event.stopPropagation();
        Module.ipDrag = null;
        const x = event.clientX, y = event.clientY;
        const data = event.dataTransfer;
        const file = data && data.files && data.files[0];
        const deliver = (name, bytes) => {
            const ptr = _malloc(bytes.length + 1);
            HEAPU8.set(bytes, ptr);
            withString(name, (namePtr) => _ip_platform_file_dropped(namePtr, ptr, bytes.length, x, y));
            _free(ptr);
            wake();
        };
        if (file) {
            file.arrayBuffer().then((buffer) => deliver(file.name, new Uint8Array(buffer)));
        } else if (data) {
            const text = data.getData('text/plain');
            if (text) deliver("", new TextEncoder().encode(normalize(text)));
        }
        wake();
    }, true);

    // The colour scheme follows the system's, live.
    Module.ipDark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    if (Module.ipDark && Module.ipDark.addEventListener) Module.ipDark.addEventListener('change', wake);

    // The embedding host's settings, as web/embed-frame.js reports them. The
    // logo arrives as RGBA pixels the browser decoded: no image decoder runs
    // on host bytes inside the app's memory.
    const configure = (config) => {
        if (!config) return;
        const logo = config.logo && config.logo.rgba ? new Uint8Array(config.logo.rgba) : new Uint8Array(0);
        const logoPtr = _malloc(logo.length + 1);
        HEAPU8.set(logo, logoPtr);
        const logoWidth = logo.length ? config.logo.width : 0;
        const logoHeight = logo.length ? config.logo.height : 0;
        const hide = Array.isArray(config.hide) ? config.hide.join(',') : "";
        try {
            withString(config.job || "", (job) => withString(config.company || "", (company) =>
                withString(config.role || "", (role) => withString(config.brandColor || "", (brand) =>
                    withString(hide, (hidden) => _ip_platform_embed_configure(job, company, role, brand, logoPtr,
                        logo.length, logoWidth, logoHeight, hidden))))));
        } finally {
            _free(logoPtr);
        }
        wake();
    };
    window.addEventListener('ip-embed-configure', (event) => configure(event.detail));
    Module.ipEmbedConfigure = configure;

    const skip = document.getElementById('a11y-view');
    if (skip) skip.addEventListener('click', () => { _ip_platform_accessible_view(); wake(); });
});

// [SECTION] Canvas, time, clipboard

EM_JS(void, ip_js_sync_canvas, (int* out_size, float* out_ratio), {
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
});

// Size, pixel ratio and colour scheme are compared on every animation frame
// rather than trusted to events: zoom, a move to another screen or an
// embedding page resizing its container do not all fire one.
EM_JS(int, ip_js_take_redraw, (), {
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
});

EM_JS(char*, ip_js_browser_language, (), {
    const text = String(navigator.language || "");
    const size = lengthBytesUTF8(text) + 1;
    const ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    return ptr;
});

EM_JS(char*, ip_js_today, (), {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    const text = d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
    const size = lengthBytesUTF8(text) + 1;
    const ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    return ptr;
});

EM_JS(void, ip_js_copy, (const char* text), {
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
});

// [SECTION] Files: picker, PDF import, downloads

EM_JS(void, ip_js_open_file, (const char* accept), {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = UTF8ToString(accept);
    input.addEventListener('change', () => {
        const file = input.files && input.files[0];
        if (!file) return;
        file.arrayBuffer().then((buffer) => {
            const bytes = new Uint8Array(buffer);
            const data = _malloc(bytes.length + 1);
            HEAPU8.set(bytes, data);
            Module.ipWithString(file.name, (name) => _ip_platform_file_opened(name, data, bytes.length));
            _free(data);
            Module.ipWake();
        });
    });
    input.click();
});

EM_JS(void, ip_js_pdf_to_items, (const char* bytes, int size), {
    const copy = HEAPU8.slice(bytes, bytes + size);
    const done = (ok, text) => {
        Module.ipWithString(text, (ptr) => _ip_platform_pdf_done(ok ? 1 : 0, ptr));
        Module.ipWake();
    };
    import('./pdf/pdf-import.js')
        .then((pdf) => pdf.pdfToItemsJson(copy))
        .then((json) => done(true, json),
              (error) => done(false, String(error && error.message || error)));
});

EM_JS(void, ip_js_download, (const char* name, const char* type, const char* bytes, int size), {
    const blob = new Blob([HEAPU8.slice(bytes, bytes + size)], {type: UTF8ToString(type)});
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = UTF8ToString(name);
    link.rel = 'noopener';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
});

// [SECTION] The document overlay (accessible view)

// The report is parsed (scripts never run in a parsed document; the report
// has none anyway) and shown in a shadow root, with its own stylesheet
// adopted through the CSSOM: the page's CSP allows no inline styles.
EM_JS(void, ip_js_show_overlay, (const char* html_ptr, const char* title_ptr), {
    // The page's CSP forbids inline styles, and a parser working for this
    // page reports each one it meets: the report's stylesheet and its style
    // attributes are taken out of the text before parsing and applied
    // through the CSSOM (which the CSP allows) afterwards.
    let html = UTF8ToString(html_ptr);
    const title = UTF8ToString(title_ptr);
    let css = "";
    for (;;) {
        const open = html.indexOf('<style>');
        const close = html.indexOf('</style>', open);
        if (open < 0 || close < 0) break;
        css += html.slice(open + 7, close);
        html = html.slice(0, open) + html.slice(close + 8);
    }
    html = html.split(' style="').join(' data-ip-style="');
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const dark = Module.ipDark && Module.ipDark.matches;
    const previous = document.getElementById('ip-overlay');
    if (previous) previous.remove();

    const dialog = document.createElement('div');
    dialog.id = 'ip-overlay';
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-label', title);
    const d = dialog.style;
    d.position = 'fixed';
    d.inset = '0';
    d.zIndex = '20';
    d.display = 'flex';
    d.flexDirection = 'column';
    d.background = dark ? '#15171b' : '#e9edf2';

    const bar = document.createElement('div');
    const b = bar.style;
    b.display = 'flex';
    b.alignItems = 'center';
    b.gap = '12px';
    b.padding = '10px 16px';
    b.background = dark ? '#1e2127' : '#ffffff';
    b.borderBottom = dark ? '1px solid #2e333b' : '1px solid #e1ddd5';
    b.font = '600 16px/1.4 system-ui, sans-serif';
    b.color = dark ? '#e8e9ec' : '#1d2127';
    const heading = document.createElement('h1');
    heading.textContent = title;
    heading.tabIndex = -1;
    heading.style.font = 'inherit';
    heading.style.margin = '0';
    heading.style.flex = '1';
    const close = document.createElement('button');
    close.type = 'button';
    close.id = 'ip-overlay-close';
    close.textContent = 'Back to the app';
    const c = close.style;
    c.font = '600 15px/1.2 system-ui, sans-serif';
    c.padding = '8px 14px';
    c.borderRadius = '6px';
    c.border = '0';
    c.cursor = 'pointer';
    c.background = '#3451d1';
    c.color = '#ffffff';
    bar.appendChild(heading);
    bar.appendChild(close);

    const scroller = document.createElement('div');
    scroller.tabIndex = 0;
    scroller.setAttribute('aria-label', title);
    const sc = scroller.style;
    sc.flex = '1';
    sc.overflow = 'auto';
    sc.webkitOverflowScrolling = 'touch';
    const host = document.createElement('div');
    const root = host.attachShadow({mode: 'open'});
    try {
        const sheet = new CSSStyleSheet();
        // The report styles html and body; here they apply to the shadow host.
        sheet.replaceSync(css.split(':root{').join(':host{').split('html{').join(':host{').split('body{').join('.ip-body{'));
        root.adoptedStyleSheets = [sheet];
    } catch (e) {
        // Without constructable stylesheets the report still reads, unstyled.
    }
    const body = document.createElement('div');
    body.className = 'ip-body';
    for (const node of Array.from(parsed.body.childNodes)) body.appendChild(document.importNode(node, true));
    for (const el of Array.from(body.querySelectorAll('[data-ip-style]'))) {
        for (const declaration of el.dataset.ipStyle.split(';')) {
            const colon = declaration.indexOf(':');
            if (colon > 0) el.style.setProperty(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
        }
        delete el.dataset.ipStyle;
    }
    // In-page links (the contents) scroll within the overlay.
    body.addEventListener('click', (event) => {
        const link = event.target.closest ? event.target.closest('a[href^="#"]') : null;
        if (!link) return;
        const target = root.getElementById(link.getAttribute('href').slice(1));
        if (target) {
            event.preventDefault();
            target.scrollIntoView();
        }
    });
    root.appendChild(body);
    scroller.appendChild(host);
    dialog.appendChild(bar);
    dialog.appendChild(scroller);

    const previousTitle = document.title;
    const previousFocus = document.activeElement;
    const shut = () => {
        dialog.remove();
        document.title = previousTitle;
        Module.ipOverlayOpen = false;
        window.removeEventListener('keydown', onKey, true);
        if (previousFocus && previousFocus.focus && previousFocus !== document.body) previousFocus.focus();
        Module.ipWake();
    };
    // Emscripten's GLFW cancels Tab for the canvas, so the dialog moves the
    // focus itself, and keeps it inside.
    const onKey = (event) => {
        if (event.key === 'Escape') {
            event.preventDefault();
            shut();
        } else if (event.key === 'Tab') {
            event.preventDefault();
            const inside = [close, scroller].concat(Array.from(body.querySelectorAll('a[href]')));
            const at = inside.indexOf(root.activeElement || document.activeElement);
            const next = (at + (event.shiftKey ? inside.length - 1 : 1)) % inside.length;
            inside[at < 0 ? 0 : next].focus();
        }
    };
    close.addEventListener('click', shut);
    Module.ipOverlayShut = shut;
    window.addEventListener('keydown', onKey, true);
    document.body.appendChild(dialog);
    document.title = title;
    Module.ipOverlayOpen = true;
    close.focus();
});

EM_JS(int, ip_js_overlay_open, (), { return Module.ipOverlayOpen ? 1 : 0; });

// Prints the document in the overlay with its own print CSS. For the print
// only the document shows: the app's canvas and the overlay's bar are hidden
// and the overlay flows as ordinary page content (a fixed, scrolling box
// would print one screenful); after printing all is put back and the
// overlay closes.
EM_JS(void, ip_js_print_overlay, (), {
    const dialog = document.getElementById('ip-overlay');
    if (!dialog) return;
    const changed = [];
    const set = (el, property, value) => {
        changed.push({el: el, property: property, value: el.style[property]});
        el.style[property] = value;
    };
    for (const el of Array.from(document.body.children)) {
        if (el !== dialog) set(el, 'display', 'none');
    }
    for (const el of [document.documentElement, document.body]) {
        set(el, 'overflow', 'visible');
        set(el, 'height', 'auto');
    }
    set(dialog, 'position', 'static');
    set(dialog, 'display', 'block');
    set(dialog, 'background', '#ffffff');
    set(dialog.firstElementChild, 'display', 'none');
    set(dialog.lastElementChild, 'overflow', 'visible');
    let restored = false;
    const restore = () => {
        if (restored) return;
        restored = true;
        for (const entry of changed.reverse()) entry.el.style[entry.property] = entry.value;
        if (Module.ipOverlayShut) Module.ipOverlayShut();
    };
    window.addEventListener('afterprint', restore, {once: true});
    window.print();
});

EM_JS(void, ip_js_set_accessible_view_available, (int available), {
    const skip = document.getElementById('a11y-view');
    if (skip) skip.hidden = !available;
});

// [SECTION] Storage, colour scheme, embedding, page state, test hook

// Returns a malloc'd UTF-8 copy (the caller frees it), or 0 for a missing key
// or a browser without storage.
EM_JS(char*, ip_js_load_value, (const char* key), {
    let value = null;
    try { value = window.localStorage.getItem(UTF8ToString(key)); } catch (e) {}
    if (value === null) return 0;
    const size = lengthBytesUTF8(value) + 1;
    const ptr = _malloc(size);
    stringToUTF8(value, ptr, size);
    return ptr;
});

EM_JS(int, ip_js_save_value, (const char* key, const char* value), {
    try {
        window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
        return 1;
    } catch (e) {
        return 0;
    }
});

EM_JS(void, ip_js_remove_value, (const char* key), {
    try { window.localStorage.removeItem(UTF8ToString(key)); } catch (e) {}
});

EM_JS(void, ip_js_forget_everything, (), {
    const reload = () => window.location.reload();
    if (window.IPPrivacy) {
        window.IPPrivacy.forgetEverything().then(reload, reload);
    } else {
        try { window.localStorage.clear(); } catch (e) {}
        reload();
    }
});

EM_JS(int, ip_js_prefers_dark, (), { return Module.ipDark && Module.ipDark.matches ? 1 : 0; });

EM_JS(void, ip_js_set_text_input, (int active, float x, float y, float w, float h), {
    const input = Module.ipInput;
    if (!input) return;
    if (active) {
        input.style.left = x + 'px';
        input.style.top = y + 'px';
        input.style.width = Math.max(1, w) + 'px';
        input.style.height = Math.max(1, h) + 'px';
        // A focus outside a tap opens the keyboard on Android; iOS needs the
        // tap (see the touchend listener).
        if (Module.ipTouch && document.activeElement !== input) input.focus({preventScroll: true});
    } else if (document.activeElement === input) {
        input.blur();
    }
});

EM_JS(void, ip_js_set_text_field_areas, (const float* xywh, int count), {
    const areas = [];
    for (let i = 0; i < count; i++) {
        const at = (xywh >> 2) + 4 * i;
        areas.push([HEAPF32[at], HEAPF32[at + 1], HEAPF32[at + 2], HEAPF32[at + 3]]);
    }
    Module.ipFieldAreas = areas;
});

EM_JS(int, ip_js_last_pointer_was_touch, (), { return Module.ipTouch ? 1 : 0; });

EM_JS(int, ip_js_drag_state, (float* out), {
    const drag = Module.ipDrag;
    if (!drag) return 0;
    HEAPF32[out >> 2] = drag.x;
    HEAPF32[(out >> 2) + 1] = drag.y;
    return 1;
});

EM_JS(char*, ip_js_embed_host, (), {
    const embed = window.IPEmbed;
    const text = embed && embed.embedded ? String(embed.hostOrigin) : "";
    const size = lengthBytesUTF8(text) + 1;
    const ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    return ptr;
});

EM_JS(void, ip_js_embed_request_share, (), {
    if (window.IPEmbed && window.IPEmbed.embedded) window.IPEmbed.requestShare();
});

EM_JS(int, ip_js_embed_shared, (), { return window.IPEmbed && window.IPEmbed.hasConsent() ? 1 : 0; });

EM_JS(void, ip_js_embed_generated, (const char* json), {
    if (window.IPEmbed && window.IPEmbed.embedded) window.IPEmbed.notifyGenerated(UTF8ToString(json));
});

EM_JS(void, ip_js_embed_exported, (const char* format), {
    if (window.IPEmbed && window.IPEmbed.embedded) window.IPEmbed.notifyExported(UTF8ToString(format));
});

// Settings that arrived before the app listened.
EM_JS(void, ip_js_embed_listen, (), {
    if (window.IPEmbed && window.IPEmbed.config()) Module.ipEmbedConfigure(window.IPEmbed.config());
});

EM_JS(void, ip_js_log_warning, (const char* message), { console.warn(UTF8ToString(message)); });

EM_JS(void, ip_js_signal_first_frame, (), {
    document.body.dataset.ready = '1';
    window.dispatchEvent(new Event('ip-app-ready'));
});

// Only in a browser driven by automation (the browser tests): a person's
// browser never has window.__ip.
EM_JS(void, ip_js_install_test_hook, (), {
    if (navigator.webdriver !== true) return;
    window.__ip = Object.freeze({
        state: () => JSON.parse(UTF8ToString(_ip_test_state())),
        click: (id) => {
            let pressed = 0;
            Module.ipWithString(String(id), (ptr) => { pressed = _ip_test_click(ptr); });
            Module.ipWake();
            return pressed === 1;
        },
    });
});

// clang-format on

// [SECTION] platform.h implementation

namespace ip::platform {

namespace {

std::string take_js_string(char* value) {
    if (!value) return {};
    std::string out(value);
    std::free(value);
    return out;
}

}  // namespace

void init() { ip_js_init(); }

CanvasSize sync_canvas_size() {
    int size[2] = {0, 0};
    CanvasSize out;
    ip_js_sync_canvas(size, &out.pixel_ratio);
    out.width = size[0];
    out.height = size[1];
    return out;
}

bool take_redraw_request() { return ip_js_take_redraw() != 0; }

void run_frame_loop(void (*frame)(void* arg), void* arg) { emscripten_set_main_loop_arg(frame, arg, 0, false); }

// Emscripten 3.1.6's GLFW hands its scroll callback the browser's raw deltaY
// (+100 px per notch, positive = down), which ImGui reads as 100 steps up:
// the wheel is read from the browser instead.
void on_wheel(std::function<void(float notches_x, float notches_y)> handler) {
    g_wheel_handler = std::move(handler);
    emscripten_set_wheel_callback("#canvas", nullptr, true, [](int, const EmscriptenWheelEvent* event, void*) {
        const double per_notch = event->deltaMode == DOM_DELTA_PIXEL  ? 100.0
                                 : event->deltaMode == DOM_DELTA_LINE ? 3.0
                                                                      : 1.0 / 80.0;
        if (g_wheel_handler)
            g_wheel_handler(static_cast<float>(-event->deltaX / per_notch),
                            static_cast<float>(-event->deltaY / per_notch));
        return EM_TRUE;  // the page itself never scrolls
    });
}

double now_ms() { return emscripten_get_now(); }

std::string today() { return take_js_string(ip_js_today()); }

void on_paste(std::function<void(const std::string&)> handler) { g_paste_handler = std::move(handler); }

void copy_to_clipboard(const std::string& text) { ip_js_copy(text.c_str()); }

void open_file(const std::string& accept,
               std::function<void(const std::string& name, const std::string& bytes)> handler) {
    g_file_handler = std::move(handler);
    ip_js_open_file(accept.c_str());
}

DragState drag_state() {
    float at[2] = {0, 0};
    DragState out;
    out.active = ip_js_drag_state(at) != 0;
    out.x = at[0];
    out.y = at[1];
    return out;
}

void on_file_dropped(std::function<void(const std::string&, const std::string&, float, float)> handler) {
    g_drop_handler = std::move(handler);
}

void pdf_to_items(const std::string& bytes, std::function<void(bool ok, const std::string& result)> handler) {
    g_pdf_handler = std::move(handler);
    ip_js_pdf_to_items(bytes.data(), static_cast<int>(bytes.size()));
}

void download(const std::string& filename, const std::string& mime_type, const std::string& bytes) {
    ip_js_download(filename.c_str(), mime_type.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

void show_document_overlay(const std::string& html, const std::string& title) {
    ip_js_show_overlay(html.c_str(), title.c_str());
}

bool document_overlay_open() { return ip_js_overlay_open() != 0; }

void print_document(const std::string& html, const std::string& title) {
    ip_js_show_overlay(html.c_str(), title.c_str());
    ip_js_print_overlay();
}

std::string browser_language() { return take_js_string(ip_js_browser_language()); }

void set_accessible_view_available(bool available) { ip_js_set_accessible_view_available(available ? 1 : 0); }

void on_accessible_view_requested(std::function<void()> handler) { g_accessible_view_handler = std::move(handler); }

std::string load_value(const std::string& key) { return take_js_string(ip_js_load_value(key.c_str())); }

// Once "Forget everything" has started, nothing is written until the reload:
// a write landing after the storage was cleared (a host sending settings, a
// debounced save) would bring the data back.
bool save_value(const std::string& key, const std::string& value) {
    if (g_storage_closed) return true;
    return ip_js_save_value(key.c_str(), value.c_str()) != 0;
}

void remove_value(const std::string& key) {
    if (!g_storage_closed) ip_js_remove_value(key.c_str());
}

void forget_everything_and_reload() {
    g_storage_closed = true;
    ip_js_forget_everything();
}

bool prefers_dark() { return ip_js_prefers_dark() != 0; }

void set_text_input(bool active, float x, float y, float w, float h) { ip_js_set_text_input(active, x, y, w, h); }

void set_text_field_areas(const float* xywh, int count) { ip_js_set_text_field_areas(xywh, count); }

bool last_pointer_was_touch() { return ip_js_last_pointer_was_touch() != 0; }

SoftKeys take_soft_keys() { return std::exchange(g_soft_keys, SoftKeys{}); }

std::string embed_host() { return take_js_string(ip_js_embed_host()); }

void embed_request_share() { ip_js_embed_request_share(); }

bool embed_shared() { return ip_js_embed_shared() != 0; }

void embed_notify_generated(const std::string& playbook_json) { ip_js_embed_generated(playbook_json.c_str()); }

void embed_notify_exported(const std::string& format) { ip_js_embed_exported(format.c_str()); }

void on_embed_configure(std::function<void(const EmbedConfig& config)> handler) {
    g_embed_handler = std::move(handler);
    ip_js_embed_listen();
}

void log_warning(const std::string& message) { ip_js_log_warning(message.c_str()); }

void signal_first_frame() { ip_js_signal_first_frame(); }

void install_test_hook(std::function<std::string()> state, std::function<bool(const std::string& id)> click) {
    g_test_state = std::move(state);
    g_test_click = std::move(click);
    ip_js_install_test_hook();
}

}  // namespace ip::platform
