// The launcher an ESP puts on its own website to open the help chat in a panel. Plain ES5-safe
// JavaScript in a shadow root, so the host page's styles cannot break it nor it theirs.
// <script src="https://help.example.net/embed/chat.js" data-chat-origin="https://help.example.net"
//         data-label="Email not sending? Get help" async></script>

export function embedScript(defaultOrigin: string, siteName: string, accent: string): string {
  const config = JSON.stringify({ origin: defaultOrigin, title: `${siteName} help chat`, accent });
  return `(function () {
  'use strict';
  var defaults = ${config};
  var script = document.currentScript;
  var origin = (script && script.getAttribute('data-chat-origin')) || defaults.origin;
  var label = (script && script.getAttribute('data-label')) || 'Email not sending? Get help';
  origin = origin.replace(/\\/+$/, '');
  if (!/^https?:\\/\\//.test(origin)) { return; }
  var host = document.createElement('div');
  host.setAttribute('data-sendhelp-launcher', '');
  var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
  var style = document.createElement('style');
  style.textContent = [
    ':host{all:initial}',
    '.launch{position:fixed;right:16px;bottom:16px;z-index:2147483000;font:600 16px/1.2 system-ui,sans-serif;',
    'padding:12px 18px;border-radius:999px;border:2px solid #fff;background:' + defaults.accent + ';color:#fff;cursor:pointer;',
    'box-shadow:0 2px 10px rgba(0,0,0,.3)}',
    '.launch:focus-visible,.close:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}',
    '.panel{position:fixed;right:16px;bottom:80px;z-index:2147483000;width:min(420px,calc(100vw - 32px));',
    'height:min(640px,calc(100vh - 112px));background:#fff;border-radius:12px;overflow:hidden;',
    'box-shadow:0 6px 30px rgba(0,0,0,.35);display:flex;flex-direction:column}',
    '.panel[hidden]{display:none}',
    '.bar{display:flex;justify-content:space-between;align-items:center;padding:6px 10px;background:' + defaults.accent + ';color:#fff;',
    'font:600 15px system-ui,sans-serif}',
    '.close{font:600 15px system-ui,sans-serif;background:transparent;color:#fff;border:2px solid #fff;border-radius:6px;',
    'padding:4px 10px;cursor:pointer}',
    'iframe{border:0;flex:1;width:100%}',
    '@media (max-width:480px){.panel{right:0;bottom:0;width:100vw;height:100vh;border-radius:0}}'
  ].join('');
  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'launch';
  button.textContent = label;
  button.setAttribute('aria-expanded', 'false');
  var panel = document.createElement('div');
  panel.className = 'panel';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', defaults.title);
  var bar = document.createElement('div');
  bar.className = 'bar';
  bar.appendChild(document.createTextNode(defaults.title));
  var close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.textContent = 'Close';
  bar.appendChild(close);
  panel.appendChild(bar);
  var frame = null;
  function open() {
    if (!frame) {
      frame = document.createElement('iframe');
      frame.title = defaults.title;
      frame.src = origin + '/chat?view=embed';
      panel.appendChild(frame);
    }
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    close.focus();
  }
  function shut() {
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  }
  button.addEventListener('click', function () { if (panel.hidden) { open(); } else { shut(); } });
  close.addEventListener('click', shut);
  panel.addEventListener('keydown', function (event) { if (event.key === 'Escape') { shut(); } });
  root.appendChild(style);
  root.appendChild(panel);
  root.appendChild(button);
  (document.body || document.documentElement).appendChild(host);
})();
`;
}
