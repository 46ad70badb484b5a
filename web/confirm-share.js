// The confirmation window for sharing a playbook with the embedding site
// (confirm-share.html). Opened by web/embed-frame.js in the embedded app with
// #host=<origin>&nonce=<n>; the answer goes back to that frame only -- its
// opener, on this same origin -- and only when the person presses Share.
// Framed, or opened by anything else, it does nothing.
(function () {
  'use strict';
  // Share is enabled only after the window has been in front for a moment,
  // so a window that opens under a moving pointer cannot catch a click.
  var ENABLE_AFTER_MS = 800;
  var params = new URLSearchParams(window.location.hash.slice(1));
  var host = params.get('host') || '';
  var nonce = params.get('nonce') || '';
  var share = document.getElementById('share');
  document.getElementById('host').textContent = host;
  document.getElementById('cancel').addEventListener('click', function () { window.close(); });
  if (window.top !== window || !window.opener || !host || !nonce) return;

  var timer = 0;
  function enableSoon() {
    clearTimeout(timer);
    share.disabled = true;
    if (document.visibilityState === 'visible') {
      timer = setTimeout(function () { share.disabled = false; }, ENABLE_AFTER_MS);
    }
  }
  document.addEventListener('visibilitychange', enableSoon);
  enableSoon();

  share.addEventListener('click', function () {
    if (share.disabled) return;
    window.opener.postMessage({ type: 'interview-playbook:share-confirmed', nonce: nonce }, window.location.origin);
    window.close();
  });
})();
