// Embedding, app side: when the app runs in another site's iframe (put there
// by web/embed.js), this module talks to that site -- and only to it -- by
// postMessage (protocol: docs/embedding.md). The app calls it:
//   IPEmbed.embedded, IPEmbed.hostOrigin      -> for the consent button's label
//   IPEmbed.onConfigure(fn)                   -> the host's job, company, role, brand, hidden sections
//   IPEmbed.requestShare()                    -> the person clicked "Share with <host>"
//   IPEmbed.hasConsent()                      -> whether they agreed (for this page load)
//   IPEmbed.notifyGenerated(doc)              -> posts the playbook only after consent
//   IPEmbed.notifyExported(format)            -> posts the format (never the content)
// "ready" is posted by itself when the app shows its first frame. The resume
// and the playbook never leave the iframe without the person's consent, and
// a click counts as consent only when the host could not have hidden, covered
// or moved the app under it (see requestShare).
(function () {
  'use strict';
  var PREFIX = 'interview-playbook:';
  var VERSION = 1;
  var SECTIONS = ['fit', 'decode', 'company', 'hidden_priorities', 'mistakes', 'pitch', 'stories', 'questions',
    'gap_scripts', 'curveballs', 'questions_to_ask', 'plan', 'cheat_sheet'];
  var MAX_TEXT_BYTES = 2 * 1024 * 1024;  // UTF-8, as the engine counts (src/parse/input_limits.h)
  var MAX_LOGO = 1024 * 1024;
  var MAX_LOGO_SIDE = 2048;  // as src/app/host_logo.h
  var LOGO_TYPES = ['image/png', 'image/jpeg'];
  // A click on Share counts when the app has been fully visible -- not
  // transparent, covered, transformed or moving -- for this long.
  var VISIBLE_FOR_MS = 800;
  var CONFIRM_PAGE = 'confirm-share.html';

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

  // Text cut to at most `limitBytes` of UTF-8, never inside a character.
  function text(value, limitBytes) {
    if (typeof value !== 'string') return '';
    if (value.length * 3 <= limitBytes) return value;
    var read = new TextEncoder().encodeInto(value, new Uint8Array(limitBytes)).read;
    return value.slice(0, read);
  }

  function warnLogo(problem) {
    console.warn('Interview Playbook: the host\u2019s logo is not shown: ' + problem);
  }

  // The width and height a PNG or JPEG header declares, or null: read before
  // decoding, so a tiny file claiming a huge image is refused unopened.
  function declaredSize(bytes) {
    var b = new Uint8Array(bytes);
    var u16 = function (i) { return (b[i] << 8) | b[i + 1]; };
    if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) {
      var view = new DataView(bytes);
      return { width: view.getUint32(16), height: view.getUint32(20) };
    }
    if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
    for (var i = 2; i + 9 < b.length;) {
      if (b[i] !== 0xff) return null;
      var marker = b[i + 1];
      if (marker === 0xff) { i += 1; continue; }
      // Start of frame (SOF0-15 but DHT, JPG and DAC): height, then width.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { width: u16(i + 7), height: u16(i + 5) };
      }
      i += 2 + u16(i + 2);
    }
    return null;
  }

  // The host's logo decoded by the browser -- never by the app's WebAssembly,
  // where a decoder bug would sit next to the resume -- as RGBA pixels; null
  // (with a warning) when it is no usable image.
  function decodeLogo(logo) {
    if (!logo) return Promise.resolve(null);
    if (LOGO_TYPES.indexOf(logo.type) < 0 || !(logo.bytes instanceof ArrayBuffer) ||
        logo.bytes.byteLength === 0 || logo.bytes.byteLength > MAX_LOGO) {
      warnLogo('not a PNG or JPEG image of at most 1 MB');
      return Promise.resolve(null);
    }
    var size = declaredSize(logo.bytes);
    if (!size) {
      warnLogo('not a PNG or JPEG image');
      return Promise.resolve(null);
    }
    var tooLarge = function (w, h) {
      return w > MAX_LOGO_SIDE || h > MAX_LOGO_SIDE ? w + ' x ' + h + ' pixels is larger than ' +
        MAX_LOGO_SIDE + ' x ' + MAX_LOGO_SIDE : '';
    };
    if (tooLarge(size.width, size.height)) {
      warnLogo(tooLarge(size.width, size.height));
      return Promise.resolve(null);
    }
    var blob = new Blob([logo.bytes], { type: logo.type });
    return createImageBitmap(blob, { premultiplyAlpha: 'none', colorSpaceConversion: 'none' }).then(function (bitmap) {
      var w = bitmap.width;
      var h = bitmap.height;
      if (tooLarge(w, h) || w === 0 || h === 0) {
        bitmap.close();
        warnLogo(tooLarge(w, h) || 'the image is empty');
        return null;
      }
      var context = new OffscreenCanvas(w, h).getContext('2d');
      context.drawImage(bitmap, 0, 0);
      bitmap.close();
      return { width: w, height: h, rgba: context.getImageData(0, 0, w, h).data.buffer };
    }, function () {
      warnLogo('not a PNG or JPEG image the browser could decode');
      return null;
    });
  }

  // The host's settings, checked field by field; anything malformed is
  // dropped rather than trusted.
  function readConfigure(data) {
    var brand = typeof data.brandColor === 'string' && /^#[0-9a-f]{6}$/i.test(data.brandColor)
      ? data.brandColor.toLowerCase() : null;
    return decodeLogo(data.logo || null).then(function (logo) {
      return {
        job: text(data.job, MAX_TEXT_BYTES),
        company: text(data.company, 200),
        role: text(data.role, 200),
        brandColor: brand,
        logo: logo,
        hide: Array.isArray(data.hide) ? data.hide.filter(function (s) { return SECTIONS.indexOf(s) >= 0; }) : [],
      };
    });
  }

  if (hostOrigin) {
    var configureCount = 0;
    window.addEventListener('message', function (event) {
      if (event.source !== window.parent || event.origin !== hostOrigin) return;
      var data = event.data;
      if (!data || typeof data !== 'object' || data.type !== PREFIX + 'configure') return;
      var number = ++configureCount;
      readConfigure(data).then(function (checked) {
        if (number !== configureCount) return;  // newer settings arrived while the logo decoded
        config = checked;
        configureHandlers.forEach(function (fn) { fn(config); });
        window.dispatchEvent(new CustomEvent('ip-embed-configure', { detail: config }));
      });
    });
    window.addEventListener('ip-app-ready', function () { IPEmbed.notifyReady(); });
  }

  // [Consent] Is the app, right now, fully visible to the person and where
  // it has been for a while? IntersectionObserver v2 asks the browser itself:
  // isVisible is false while any ancestor (the host's iframe element
  // included) is transparent, filtered or transformed, or anything is drawn
  // over the app, pointer-events:none covers included. Every change of
  // visibility or of how much of the app is on screen (the host moving it)
  // restarts the clock.
  var visibleSince = -1;
  var canTrackVisibility = typeof IntersectionObserver === 'function' && window.IntersectionObserverEntry &&
    'isVisible' in IntersectionObserverEntry.prototype;
  function watchVisibility() {
    var target = document.getElementById('canvas') || document.body;
    if (!target) return;
    var thresholds = [];
    for (var t = 0; t <= 20; t++) thresholds.push(t / 20);
    new IntersectionObserver(function (entries) {
      var entry = entries[entries.length - 1];
      visibleSince = entry.isVisible ? entry.time : -1;
    }, { threshold: thresholds, trackVisibility: true, delay: 100 }).observe(target);
  }
  if (hostOrigin && canTrackVisibility) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watchVisibility);
    else watchVisibility();
  }

  function visibleLongEnough() {
    return visibleSince >= 0 && performance.now() - visibleSince >= VISIBLE_FOR_MS;
  }

  function grantConsent() {
    if (consent) return;
    consent = true;
    if (latestDoc) post('generated', { playbook: latestDoc });
    if (window.Module && Module.ipWake) Module.ipWake();
  }

  // Where the click cannot be trusted, the person is asked again in a window
  // of its own, which the host can neither cover nor see into. It answers
  // this frame only, with the nonce it was opened with.
  var confirmWindow = null;
  var confirmNonce = '';
  function askInTopLevelWindow() {
    var nonce = new Uint32Array(4);
    crypto.getRandomValues(nonce);
    confirmNonce = Array.prototype.join.call(nonce, '-');
    var url = new URL(CONFIRM_PAGE, document.baseURI);
    url.hash = new URLSearchParams({ host: hostOrigin, nonce: confirmNonce }).toString();
    confirmWindow = window.open(url.href, '_blank', 'popup,width=520,height=360');
    if (confirmWindow) return 'confirm';
    console.warn('Interview Playbook: the window asking to confirm sharing was blocked; nothing was shared.');
    return 'blocked';
  }
  window.addEventListener('message', function (event) {
    if (!confirmWindow || event.source !== confirmWindow || event.origin !== window.location.origin) return;
    var data = event.data;
    if (!data || data.type !== PREFIX + 'share-confirmed' || data.nonce !== confirmNonce) return;
    confirmWindow = null;
    grantConsent();
  });

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
    // True when a click on Share would count at once, without asking again.
    clickCounts: function () { return canTrackVisibility && visibleLongEnough(); },
    // The person clicked Share. Consent lasts for this page load; granting
    // it posts the latest playbook once. Returns 'granted', 'confirm' (asked
    // in a window of its own) or 'blocked' (that window could not open).
    requestShare: function () {
      if (!hostOrigin) return 'blocked';
      if (consent) return 'granted';
      if (IPEmbed.clickCounts()) {
        grantConsent();
        return 'granted';
      }
      return askInTopLevelWindow();
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
