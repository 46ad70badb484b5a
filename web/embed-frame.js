// Embedding, app side: when the app runs in another site's iframe (put there
// by web/embed.js), this module talks to that site -- and only to it -- by
// postMessage (protocol: docs/embedding.md). The app calls it:
//   IPEmbed.embedded, IPEmbed.hostOrigin      -> for the consent button's label
//   IPEmbed.onConfigure(fn)                   -> the host's job, company, role, brand, hidden sections
//   IPEmbed.setConsent(true)                  -> the user clicked "Share with <host>"
//   IPEmbed.notifyGenerated(doc)              -> posts the playbook only after consent
//   IPEmbed.notifyExported(format)            -> posts the format (never the content)
// "ready" is posted by itself when the app shows its first frame. The resume
// and the playbook never leave the iframe without the user's consent.
(function () {
  'use strict';
  var PREFIX = 'interview-playbook:';
  var VERSION = 1;
  var SECTIONS = ['fit', 'decode', 'company', 'hidden_priorities', 'mistakes', 'pitch', 'stories', 'questions',
    'gap_scripts', 'curveballs', 'questions_to_ask', 'plan', 'cheat_sheet'];
  var MAX_TEXT = 2 * 1024 * 1024;
  var MAX_LOGO = 1024 * 1024;
  var LOGO_TYPES = ['image/png', 'image/jpeg'];

  // The embedding site's origin, or null when not embedded (or embedded in a
  // way that does not add up). The browser's own record of the parent
  // (location.ancestorOrigins) wins over the "host" the URL claims; where the
  // browser has no such record the claim is used, which is safe: a message
  // posted to a claimed origin reaches the parent only if that is its origin.
  function findHostOrigin() {
    if (window.parent === window) return null;
    var params = new URLSearchParams(window.location.search);
    if (params.get('embed') !== '1') return null;
    var claimed = params.get('host');
    var actual = window.location.ancestorOrigins && window.location.ancestorOrigins.length
      ? window.location.ancestorOrigins[0] : null;
    var origin = actual || claimed;
    try {
      origin = new URL(origin).origin;
      if (claimed && new URL(claimed).origin !== origin) return null;
    } catch (e) {
      return null;
    }
    return origin === 'null' ? null : origin;
  }

  var hostOrigin = findHostOrigin();
  var config = null;
  var configureHandlers = [];
  var consent = false;
  var latestDoc = null;
  var readySent = false;

  function post(type, fields) {
    if (!hostOrigin) return false;
    var message = { type: PREFIX + type, version: VERSION };
    for (var key in fields) message[key] = fields[key];
    window.parent.postMessage(message, hostOrigin);
    return true;
  }

  function text(value, limit) {
    return typeof value === 'string' ? value.slice(0, limit) : '';
  }

  // The host's settings, checked field by field; anything malformed is
  // dropped rather than trusted.
  function readConfigure(data) {
    var out = {
      job: text(data.job, MAX_TEXT),
      company: text(data.company, 200),
      role: text(data.role, 200),
      brandColor: /^#[0-9a-f]{6}$/i.test(data.brandColor || '') ? data.brandColor.toLowerCase() : null,
      logo: null,
      hide: Array.isArray(data.hide) ? data.hide.filter(function (s) { return SECTIONS.indexOf(s) >= 0; }) : [],
    };
    var logo = data.logo;
    if (logo && LOGO_TYPES.indexOf(logo.type) >= 0 && logo.bytes instanceof ArrayBuffer &&
        logo.bytes.byteLength > 0 && logo.bytes.byteLength <= MAX_LOGO) {
      out.logo = { type: logo.type, bytes: logo.bytes };
    }
    return out;
  }

  if (hostOrigin) {
    window.addEventListener('message', function (event) {
      if (event.source !== window.parent || event.origin !== hostOrigin) return;
      var data = event.data;
      if (!data || typeof data !== 'object' || data.type !== PREFIX + 'configure') return;
      config = readConfigure(data);
      configureHandlers.forEach(function (fn) { fn(config); });
      window.dispatchEvent(new CustomEvent('ip-embed-configure', { detail: config }));
    });
    window.addEventListener('ip-app-ready', function () { IPEmbed.notifyReady(); });
  }

  var IPEmbed = {
    embedded: hostOrigin !== null,
    hostOrigin: hostOrigin,
    SECTIONS: SECTIONS.slice(),

    // The latest settings from the host, or null before any arrived.
    config: function () { return config; },
    // fn(config) now (if settings arrived already) and on every change.
    onConfigure: function (fn) {
      configureHandlers.push(fn);
      if (config) fn(config);
    },

    notifyReady: function () {
      if (readySent) return;
      readySent = post('ready', { sections: SECTIONS.slice() });
    },

    hasConsent: function () { return consent; },
    // Consent lasts for this page load; granting it shares the playbook
    // already generated, if any.
    setConsent: function (granted) {
      consent = granted === true;
      if (consent && latestDoc) post('generated', { playbook: latestDoc });
    },

    // doc: the playbook document, as an object or its JSON text.
    notifyGenerated: function (doc) {
      latestDoc = typeof doc === 'string' ? JSON.parse(doc) : doc;
      return consent ? post('generated', { playbook: latestDoc }) : false;
    },

    notifyExported: function (format) {
      return post('exported', { format: String(format) });
    },
  };

  window.IPEmbed = IPEmbed;
})();
