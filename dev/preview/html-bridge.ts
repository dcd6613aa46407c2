import { gasRunShimSource } from '../browser/gas-run-shim';

const TRANSPORT = '__okrPreviewTransport';
const ON_CLOSE = '__okrPreviewClose';

/**
 * The transport google.script.run uses inside a sidebar or dialog. Framed by the preview page (a sandboxed iframe
 * without allow-same-origin, so it cannot reach the server itself), it asks the page with postMessage; opened on
 * its own in a tab, it calls /api/run directly.
 */
const transportSource = `(function () {
  var pending = {};
  var nextId = 1;
  var framed = window.parent !== window;
  window.addEventListener('message', function (event) {
    if (event.source !== window.parent) return;
    var data = event.data || {};
    if (data.type !== 'okr-preview:result' || !pending[data.id]) return;
    var p = pending[data.id];
    delete pending[data.id];
    if (data.error !== undefined) p.reject(new Error(String(data.error)));
    else p.resolve(data.resultJson);
  });
  function viaFetch(functionName, argsJson) {
    return fetch('/api/run', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"functionName":' + JSON.stringify(functionName) + ',"args":' + argsJson + '}'
    }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) throw new Error(body && body.error ? body.error : 'HTTP ' + response.status);
        return body.result === undefined ? undefined : JSON.stringify(body.result);
      });
    });
  }
  function transport(functionName, argsJson) {
    if (!framed) return viaFetch(functionName, argsJson);
    return new Promise(function (resolve, reject) {
      var id = nextId++;
      pending[id] = { resolve: resolve, reject: reject };
      window.parent.postMessage({ type: 'okr-preview:run', id: id, functionName: functionName, argsJson: argsJson }, '*');
    });
  }
  function host(type) {
    return function (value) {
      if (framed) window.parent.postMessage({ type: 'okr-preview:' + type, value: value }, '*');
    };
  }
  transport.close = host('close');
  transport.setHeight = host('setHeight');
  transport.setWidth = host('setWidth');
  window[${JSON.stringify(TRANSPORT)}] = transport;
  window[${JSON.stringify(ON_CLOSE)}] = transport.close;
})();`;

const bridgeCode =
  `${transportSource}\n${gasRunShimSource({ transport: TRANSPORT, onClose: ON_CLOSE })}`.replace(
    /<\/script/gi,
    '<\\/script'
  );
const bridgeScript = `<script>\n${bridgeCode}\n</script>`;

/** The add-on's HTML exactly as dist/ produced it, with the google.script.run bridge first in <head>. */
export function injectBridge(html: string): string {
  const head = /<head\b[^>]*>/i.exec(html);
  if (head)
    return (
      html.slice(0, head.index + head[0].length) + bridgeScript + html.slice(head.index + head[0].length)
    );
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return `${html.slice(0, at)}<head>${bridgeScript}</head>${html.slice(at)}`;
}
