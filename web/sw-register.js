// Offline support, page side: registers the service worker (sw.js, generated
// at build time by tools/site/service-worker.mjs) and, when a newer build has
// been downloaded in the background, shows an "update ready" prompt. The new
// build takes over only when the user says so -- then the page reloads once,
// entirely on the new build; until then everything keeps running on the old
// one. Nothing here talks to any server but the page's own.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;

  var PROMPT_ID = 'ip-update';
  var reloadRequested = false;

  // The prompt is built with the DOM and CSSOM: the page's CSP allows no
  // style attributes or new style elements.
  function showPrompt(worker) {
    if (document.getElementById(PROMPT_ID)) return;
    var box = document.createElement('div');
    box.id = PROMPT_ID;
    box.setAttribute('role', 'status');
    box.setAttribute('aria-live', 'polite');
    var s = box.style;
    s.position = 'fixed';
    s.left = '50%';
    s.bottom = '20px';
    s.transform = 'translateX(-50%)';
    s.zIndex = '10';
    s.display = 'flex';
    s.alignItems = 'center';
    s.gap = '12px';
    s.padding = '10px 12px 10px 16px';
    s.background = '#1d2127';
    s.color = '#fff';
    s.borderRadius = '8px';
    s.boxShadow = '0 4px 16px rgba(0,0,0,.25)';
    s.font = '14px/1.4 system-ui, sans-serif';

    var text = document.createElement('span');
    text.textContent = 'A new version of Interview Playbook is ready.';
    box.appendChild(text);

    function button(label, primary, onClick) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      var bs = b.style;
      bs.font = 'inherit';
      bs.padding = '6px 12px';
      bs.borderRadius = '6px';
      bs.cursor = 'pointer';
      bs.border = primary ? '0' : '1px solid #5a606b';
      bs.background = primary ? '#3451d1' : 'transparent';
      bs.color = '#fff';
      b.addEventListener('click', onClick);
      box.appendChild(b);
      return b;
    }
    button('Reload', true, function () {
      reloadRequested = true;
      // workbox's worker activates on this message; controllerchange follows.
      worker.postMessage({ type: 'SKIP_WAITING' });
    }).id = PROMPT_ID + '-reload';
    button('Later', false, function () { box.remove(); });
    document.body.appendChild(box);
  }

  // A worker that finished installing while another one controls the page
  // is a new build waiting for the user.
  function watch(registration) {
    if (!registration) return;  // registration stubbed out (browser tests)
    if (registration.waiting && navigator.serviceWorker.controller) showPrompt(registration.waiting);
    registration.addEventListener('updatefound', function () {
      var worker = registration.installing;
      if (!worker) return;
      worker.addEventListener('statechange', function () {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) showPrompt(worker);
      });
    });
    // A tab left open for days still learns about new builds.
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible') registration.update().catch(function () {});
    });
  }

  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (reloadRequested) window.location.reload();
  });

  window.addEventListener('load', function () {
    navigator.serviceWorker.register('sw.js').then(watch, function (error) {
      // Offline support is an extra: the app works without it.
      console.warn('Offline support is unavailable: ' + (error && error.message || error));
    });
  });
})();
