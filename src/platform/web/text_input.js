// Touch, and text typed on an on-screen keyboard or through an IME.
//
// Emscripten's GLFW reads touches without their position, so a tap would
// press wherever the last one was: the canvas's touches are kept from it and
// replayed as mouse events at the right place. While a text field is edited
// on a touch screen, a hidden <input> over the field holds the browser's
// focus so the keyboard opens; what arrives in it (typed text, a finished IME
// composition, Backspace, Enter) goes to the app.
//
// platform.h: set_text_input, set_text_field_areas, last_pointer_was_touch,
// take_soft_keys (fed by _ip_platform_soft_text and _ip_platform_soft_key).
/* global mergeInto, LibraryManager, Module, HEAPF32, _ip_platform_soft_text, _ip_platform_soft_key, ipWake,
   ipWithString */

mergeInto(LibraryManager.library, {
    $ipListenForTouch__deps: ['$ipWake', '$ipWithString'],
    $ipListenForTouch: function () {
        const canvas = Module.canvas;
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
        // iOS opens the keyboard only for a focus() inside the tap itself.
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
            if (event.data) ipWithString(event.data, (ptr) => _ip_platform_soft_text(ptr));
            reset();
            ipWake();
        });
        input.addEventListener('input', (event) => {
            if (composing || event.isComposing) return;
            const type = event.inputType || '';
            if (type.indexOf('delete') === 0) {
                if (lastKey !== 8) _ip_platform_soft_key(8);
            } else if (type === 'insertLineBreak' || type === 'insertParagraph') {
                if (lastKey !== 13) _ip_platform_soft_key(13);
            } else {
                const text = event.data !== null && event.data !== undefined ? event.data : input.value.slice(1);
                if (text && text !== lastKey) ipWithString(text, (ptr) => _ip_platform_soft_text(ptr));
            }
            lastKey = null;
            reset();
            ipWake();
        });
    },

    ip_js_set_text_input: function (active, x, y, w, h) {
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
    },

    ip_js_set_text_field_areas: function (xywh, count) {
        const areas = [];
        for (let i = 0; i < count; i++) {
            const at = (xywh >> 2) + 4 * i;
            areas.push([HEAPF32[at], HEAPF32[at + 1], HEAPF32[at + 2], HEAPF32[at + 3]]);
        }
        Module.ipFieldAreas = areas;
    },

    ip_js_last_pointer_was_touch: function () {
        return Module.ipTouch ? 1 : 0;
    },
});
