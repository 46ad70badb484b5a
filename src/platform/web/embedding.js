// Embedding on another site (web/embed-frame.js, window.IPEmbed): the host's
// settings coming in, and consent and events going out. The host's logo
// arrives as RGBA pixels the browser decoded: no image decoder runs on host
// bytes inside the app's memory.
//
// platform.h: embed_host, embed_request_share, embed_shared,
// embed_notify_generated, embed_notify_exported, on_embed_configure.
/* global mergeInto, LibraryManager, Module, HEAPU8, UTF8ToString, _malloc, _free, _ip_platform_embed_configure,
   ipWake, ipWithString, ipNewString */

mergeInto(LibraryManager.library, {
    // Settings as web/embed-frame.js reports them (event ip-embed-configure),
    // passed on to the app; `hide` goes as the section names joined by commas.
    $ipListenForEmbedConfig__deps: ['$ipWake', '$ipWithString'],
    $ipListenForEmbedConfig: function () {
        const configure = (config) => {
            if (!config) return;
            const logo = config.logo && config.logo.rgba ? new Uint8Array(config.logo.rgba) : new Uint8Array(0);
            const logoPtr = _malloc(logo.length + 1);
            HEAPU8.set(logo, logoPtr);
            const logoWidth = logo.length ? config.logo.width : 0;
            const logoHeight = logo.length ? config.logo.height : 0;
            const hide = Array.isArray(config.hide) ? config.hide.join(',') : '';
            try {
                ipWithString(config.job || '', (job) => ipWithString(config.company || '', (company) =>
                    ipWithString(config.role || '', (role) => ipWithString(config.brandColor || '', (brand) =>
                        ipWithString(hide, (hidden) => _ip_platform_embed_configure(job, company, role, brand, logoPtr,
                            logo.length, logoWidth, logoHeight, hidden))))));
            } finally {
                _free(logoPtr);
            }
            ipWake();
        };
        window.addEventListener('ip-embed-configure', (event) => configure(event.detail));
        Module.ipEmbedConfigure = configure;
    },

    // Settings that arrived before the app listened.
    ip_js_embed_listen: function () {
        if (window.IPEmbed && window.IPEmbed.config()) Module.ipEmbedConfigure(window.IPEmbed.config());
    },

    // The host page's origin (malloc'd, the caller frees it), "" when not embedded.
    ip_js_embed_host__deps: ['$ipNewString'],
    ip_js_embed_host: function () {
        const embed = window.IPEmbed;
        return ipNewString(embed && embed.embedded ? String(embed.hostOrigin) : '');
    },

    ip_js_embed_request_share: function () {
        if (window.IPEmbed && window.IPEmbed.embedded) window.IPEmbed.requestShare();
    },

    ip_js_embed_shared: function () {
        return window.IPEmbed && window.IPEmbed.hasConsent() ? 1 : 0;
    },

    ip_js_embed_generated: function (json) {
        if (window.IPEmbed && window.IPEmbed.embedded) window.IPEmbed.notifyGenerated(UTF8ToString(json));
    },

    ip_js_embed_exported: function (format) {
        if (window.IPEmbed && window.IPEmbed.embedded) window.IPEmbed.notifyExported(UTF8ToString(format));
    },
});
