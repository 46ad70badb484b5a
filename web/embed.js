// Embedding, host side: put Interview Playbook on your site with one script
// tag and one element (docs/embedding.md):
//
//   <script src="https://APP/embed.js" defer></script>
//   <div data-interview-playbook data-company="Acme" data-role="Data Analyst"
//        data-job-from="#job-posting" data-brand-color="#0a7a5c"
//        data-logo="/img/logo.png" data-hide="curveballs,plan"></div>
//
// or from script: InterviewPlaybookEmbed.mount(element, {job, company, role,
// brandColor, logo, hide, height, onReady, onGenerated, onExported}).
// The app runs in an iframe from APP's origin; messages are exchanged with
// that origin only, in both directions. The container also receives DOM
// events "interview-playbook:ready", ":generated" (detail.playbook, sent only
// after the user agreed to share it) and ":exported" (detail.format).
(function () {
  'use strict';
  if (window.InterviewPlaybookEmbed) return;

  var PREFIX = 'interview-playbook:';
  var script = document.currentScript;
  var appUrl = new URL('./', script ? script.src : window.location.href);
  var appOrigin = appUrl.origin;

  // A logo given as a URL is fetched here, on the host's side (the app's
  // strict CSP loads nothing from other origins), and passed as bytes.
  function logoBytes(logo) {
    if (!logo) return Promise.resolve(null);
    var blob = typeof logo === 'string'
      ? fetch(logo).then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.blob();
      })
      : Promise.resolve(logo);
    return blob.then(function (b) {
      return b.arrayBuffer().then(function (bytes) { return { type: b.type, bytes: bytes }; });
    }).catch(function (error) {
      console.warn('Interview Playbook: the logo could not be loaded: ' + (error && error.message || error));
      return null;
    });
  }

  function mount(container, options) {
    options = Object.assign({}, options);
    var iframe = document.createElement('iframe');
    var src = new URL(appUrl.href);
    src.searchParams.set('embed', '1');
    src.searchParams.set('host', window.location.origin);
    iframe.src = src.href;
    iframe.title = options.title || 'Interview Playbook';
    iframe.allow = 'clipboard-read; clipboard-write';
    iframe.style.width = '100%';
    iframe.style.height = options.height || '800px';
    iframe.style.border = '0';
    iframe.style.display = 'block';

    function emit(name, detail, callback) {
      container.dispatchEvent(new CustomEvent(PREFIX + name, { detail: detail }));
      if (typeof callback === 'function') callback(detail);
    }

    function sendConfigure() {
      return logoBytes(options.logo).then(function (logo) {
        if (!iframe.contentWindow) return;
        iframe.contentWindow.postMessage({
          type: PREFIX + 'configure', version: 1,
          job: options.job || '', company: options.company || '', role: options.role || '',
          brandColor: options.brandColor || null, logo: logo, hide: options.hide || [],
        }, appOrigin);
      });
    }

    function onMessage(event) {
      if (event.source !== iframe.contentWindow || event.origin !== appOrigin) return;
      var data = event.data;
      if (!data || typeof data !== 'object' || typeof data.type !== 'string' ||
          data.type.indexOf(PREFIX) !== 0) return;
      var name = data.type.slice(PREFIX.length);
      if (name === 'ready') {
        sendConfigure().then(function () { emit('ready', { sections: data.sections || [] }, options.onReady); });
      } else if (name === 'generated' && data.playbook && typeof data.playbook === 'object') {
        emit('generated', { playbook: data.playbook }, options.onGenerated);
      } else if (name === 'exported') {
        emit('exported', { format: String(data.format) }, options.onExported);
      }
    }

    window.addEventListener('message', onMessage);
    container.appendChild(iframe);
    return {
      iframe: iframe,
      // Changes settings (job, company, role, brand, hidden sections) live.
      configure: function (changes) {
        Object.assign(options, changes);
        return sendConfigure();
      },
      destroy: function () {
        window.removeEventListener('message', onMessage);
        iframe.remove();
      },
    };
  }

  // Settings from an element's data- attributes.
  function optionsFromElement(el) {
    var d = el.dataset;
    var jobSource = null;
    if (d.jobFrom) {
      try {
        jobSource = document.querySelector(d.jobFrom);
      } catch (error) {
        // A selector that is no selector: the app is embedded without the job.
        console.warn('Interview Playbook: data-job-from="' + d.jobFrom + '" is not a CSS selector');
      }
    }
    return {
      job: d.job || (jobSource ? jobSource.innerText : ''),
      company: d.company || '',
      role: d.role || '',
      brandColor: d.brandColor || null,
      logo: d.logo || null,
      hide: d.hide ? d.hide.split(',').map(function (s) { return s.trim(); }).filter(Boolean) : [],
      height: d.height || undefined,
    };
  }

  function mountAll() {
    var elements = document.querySelectorAll('[data-interview-playbook]');
    for (var i = 0; i < elements.length; i++) {
      if (elements[i].interviewPlaybook) continue;
      elements[i].interviewPlaybook = mount(elements[i], optionsFromElement(elements[i]));
    }
  }

  window.InterviewPlaybookEmbed = { mount: mount, mountAll: mountAll, appUrl: appUrl.href, appOrigin: appOrigin };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
