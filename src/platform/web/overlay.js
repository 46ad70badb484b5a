// The document overlay: an exported report shown over the canvas as real
// page content a screen reader can read (the accessible view), and printed
// from there; and the page's own "Read your playbook as a web page" button.
//
// platform.h: show_document_overlay, document_overlay_open, print_document,
// set_accessible_view_available, on_accessible_view_requested.
/* global mergeInto, LibraryManager, Module, UTF8ToString, _ip_platform_accessible_view, ipWake */

mergeInto(LibraryManager.library, {
    // The report is parsed (scripts never run in a parsed document; the report
    // has none anyway) and shown in a shadow root, with its own stylesheet
    // adopted through the CSSOM: the page's CSP allows no inline styles.
    ip_js_show_overlay__deps: ['$ipWake'],
    ip_js_show_overlay: function (html_ptr, title_ptr) {
        // The page's CSP forbids inline styles, and a parser working for this
        // page reports each one it meets: the report's stylesheet and its style
        // attributes are taken out of the text before parsing and applied
        // through the CSSOM (which the CSP allows) afterwards.
        let html = UTF8ToString(html_ptr);
        const title = UTF8ToString(title_ptr);
        let css = '';
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
            sheet.replaceSync(css.split(':root{').join(':host{').split('html{').join(':host{')
                .split('body{').join('.ip-body{'));
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
                if (colon > 0) {
                    el.style.setProperty(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
                }
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
            ipWake();
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
    },

    ip_js_overlay_open: function () {
        return Module.ipOverlayOpen ? 1 : 0;
    },

    // Prints the document in the overlay with its own print CSS. For the
    // print only the document shows: the app's canvas and the overlay's bar
    // are hidden and the overlay flows as ordinary page content (a fixed,
    // scrolling box would print one screenful); after printing all is put
    // back and the overlay closes.
    ip_js_print_overlay: function () {
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
    },

    // The skip button in shell.html, the first Tab stop for screen readers.
    $ipListenForAccessibleView__deps: ['$ipWake'],
    $ipListenForAccessibleView: function () {
        const skip = document.getElementById('a11y-view');
        if (skip) skip.addEventListener('click', () => { _ip_platform_accessible_view(); ipWake(); });
    },

    ip_js_set_accessible_view_available: function (available) {
        const skip = document.getElementById('a11y-view');
        if (skip) skip.hidden = !available;
    },
});
