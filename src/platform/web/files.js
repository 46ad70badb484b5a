// Files: the picker, drag and drop anywhere on the page, PDF text through
// pdf.js, and downloads. A file's bytes are copied into the app's heap for
// the length of the callback.
//
// platform.h: open_file, drag_state, on_file_dropped, pdf_to_items, download.
/* global mergeInto, LibraryManager, Module, HEAPU8, HEAPF32, UTF8ToString, _malloc, _free,
   _ip_platform_file_opened, _ip_platform_file_dropped, _ip_platform_pdf_done, ipWake, ipWithString,
   ipNormalizeText */

mergeInto(LibraryManager.library, {
    // Dropped text (not a file) arrives with an empty name. The document
    // overlay keeps the browser's own drag and drop.
    $ipListenForDrops__deps: ['$ipWake', '$ipWithString', '$ipNormalizeText'],
    $ipListenForDrops: function () {
        Module.ipDrag = null;
        let dragTimer = 0;
        const hasFiles = (event) =>
            event.dataTransfer && Array.from(event.dataTransfer.types || []).indexOf('Files') >= 0;
        window.addEventListener('dragover', (event) => {
            if (Module.ipOverlayOpen) return;
            event.preventDefault();
            event.stopPropagation();
            if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
            Module.ipDrag = {x: event.clientX, y: event.clientY, files: hasFiles(event)};
            clearTimeout(dragTimer);
            // dragleave is unreliable across browsers; dragover repeats while over the page.
            dragTimer = setTimeout(() => { Module.ipDrag = null; ipWake(); }, 400);
            ipWake();
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
                ipWithString(name, (namePtr) => _ip_platform_file_dropped(namePtr, ptr, bytes.length, x, y));
                _free(ptr);
                ipWake();
            };
            if (file) {
                file.arrayBuffer().then((buffer) => deliver(file.name, new Uint8Array(buffer)));
            } else if (data) {
                const text = data.getData('text/plain');
                if (text) deliver('', new TextEncoder().encode(ipNormalizeText(text)));
            }
            ipWake();
        }, true);
    },

    // Writes the pointer's place (CSS pixels) to out[0..1] and returns 1
    // while a drag is over the page, else 0.
    ip_js_drag_state: function (out) {
        const drag = Module.ipDrag;
        if (!drag) return 0;
        HEAPF32[out >> 2] = drag.x;
        HEAPF32[(out >> 2) + 1] = drag.y;
        return 1;
    },

    ip_js_open_file__deps: ['$ipWake', '$ipWithString'],
    ip_js_open_file: function (accept) {
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
                ipWithString(file.name, (name) => _ip_platform_file_opened(name, data, bytes.length));
                _free(data);
                ipWake();
            });
        });
        input.click();
    },

    // web/pdf/pdf-import.js is loaded on the first PDF only.
    ip_js_pdf_to_items__deps: ['$ipWake', '$ipWithString'],
    ip_js_pdf_to_items: function (bytes, size) {
        const copy = HEAPU8.slice(bytes, bytes + size);
        const done = (ok, text) => {
            ipWithString(text, (ptr) => _ip_platform_pdf_done(ok ? 1 : 0, ptr));
            ipWake();
        };
        import('./pdf/pdf-import.js')
            .then((pdf) => pdf.pdfToItemsJson(copy))
            .then((json) => done(true, json),
                  (error) => done(false, String(error && error.message || error)));
    },

    ip_js_download: function (name, type, bytes, size) {
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
    },
});
