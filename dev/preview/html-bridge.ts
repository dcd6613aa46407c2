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
  // Opened on its own in a tab: a question the add-on asks (ui.alert with buttons, ui.prompt) is answered with the
  // browser's confirm/prompt, then the call runs again with the answers so far.
  function answer(question) {
    if (question.kind === 'prompt') {
      var text = window.prompt(question.message, '');
      return text === null ? { button: 'CANCEL', text: '' } : { button: 'OK', text: text };
    }
    var yes = window.confirm((question.title ? question.title + '\\n\\n' : '') + question.message);
    var pair = /^YES/.test(question.buttons) ? ['YES', 'NO'] : ['OK', 'CANCEL'];
    return { button: yes ? pair[0] : pair[1] };
  }
  function viaFetch(functionName, argsJson, answers) {
    return fetch('/api/run', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"functionName":' + JSON.stringify(functionName) + ',"args":' + argsJson +
        ',"answers":' + JSON.stringify(answers || []) + '}'
    }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) throw new Error(body && body.error ? body.error : 'HTTP ' + response.status);
        if (body.question) {
          return viaFetch(functionName, argsJson, body.question.answers.concat([answer(body.question)]));
        }
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
