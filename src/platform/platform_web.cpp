// The browser side of platform.h. Every JavaScript the app runs is in this
// file: EM_JS functions the app calls, and EMSCRIPTEN_KEEPALIVE functions the
// page's event listeners call back into.
#include "platform/platform.h"

#include <emscripten.h>

#include <cstdlib>
#include <utility>

namespace {

std::function<void(const std::string&)> g_paste_handler;
std::function<void(const std::string&, const std::string&)> g_file_handler;

}  // namespace

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

}  // extern "C"

// Any input asks for a frame. Paste text is normalized here
// (\r\n -> \n; tabs become spaces, since Tab moves between fields) and handed
// to C++ as UTF-8.
EM_JS(void, ip_js_init, (), {
    const wake = () => { Module.ipRedraw = true; };
    Module.ipRedraw = true;
    const events = ['pointerdown', 'pointerup', 'pointermove', 'wheel', 'keydown', 'keyup', 'touchstart',
                    'touchmove', 'touchend', 'focus', 'blur', 'visibilitychange'];
    for (const type of events) window.addEventListener(type, wake, {capture: true, passive: true});
    window.addEventListener('paste', (event) => {
        const data = event.clipboardData;
        const text = data ? data.getData('text/plain') : "";
        event.preventDefault();
        if (!text) return;
        // Character codes, not escapes: EM_JS bodies pass through the C
        // preprocessor and a JSON file, which mangle backslashes.
        const CR = String.fromCharCode(13), LF = String.fromCharCode(10), TAB = String.fromCharCode(9);
        const normalized = text.split(CR + LF).join(LF).split(CR).join(LF).split(TAB).join('    ');
        const size = lengthBytesUTF8(normalized) + 1;
        const ptr = _malloc(size);
        stringToUTF8(normalized, ptr, size);
        _ip_platform_pasted(ptr);
        _free(ptr);
        wake();
    });
});

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

// Size and pixel ratio are compared on every animation frame rather than
// trusted to events: zoom, a move to another screen or an embedding page
// resizing its container do not all fire one.
EM_JS(int, ip_js_take_redraw, (), {
    const canvas = Module.canvas;
    const shape = canvas.clientWidth + 'x' + canvas.clientHeight + '@' + window.devicePixelRatio;
    let pending = Module.ipRedraw;
    if (shape !== Module.ipShape) {
        Module.ipShape = shape;
        pending = true;
    }
    Module.ipRedraw = false;
    return pending ? 1 : 0;
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
            const nameSize = lengthBytesUTF8(file.name) + 1;
            const name = _malloc(nameSize);
            stringToUTF8(file.name, name, nameSize);
            _ip_platform_file_opened(name, data, bytes.length);
            _free(name);
            _free(data);
            Module.ipRedraw = true;
        });
    });
    input.click();
});

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

EM_JS(void, ip_js_signal_first_frame, (), {
    document.body.dataset.ready = '1';
    window.dispatchEvent(new Event('ip-app-ready'));
});

namespace ip::platform {

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

void on_paste(std::function<void(const std::string&)> handler) { g_paste_handler = std::move(handler); }

void copy_to_clipboard(const std::string& text) { ip_js_copy(text.c_str()); }

void open_file(const std::string& accept,
               std::function<void(const std::string& name, const std::string& bytes)> handler) {
    g_file_handler = std::move(handler);
    ip_js_open_file(accept.c_str());
}

std::string load_value(const std::string& key) {
    char* value = ip_js_load_value(key.c_str());
    if (!value) return {};
    std::string out(value);
    std::free(value);
    return out;
}

bool save_value(const std::string& key, const std::string& value) {
    return ip_js_save_value(key.c_str(), value.c_str()) != 0;
}

void remove_value(const std::string& key) { ip_js_remove_value(key.c_str()); }

void signal_first_frame() { ip_js_signal_first_frame(); }

}  // namespace ip::platform
