/**
 * A browser stand-in for Apps Script's `google.script.run` and `google.script.host`, as JavaScript source to inject
 * into a page before its scripts run (playwright's `page.addInitScript`, or a <script> the preview server inlines).
 *
 * Every call `google.script.run.withSuccessHandler(ok).withFailureHandler(fail).withUserObject(o).anyName(a, b)` is
 * forwarded to `window[transport](functionName, argsJson)`, a function the host page provides (a playwright
 * `exposeFunction` bridged to the local runtime, or a `fetch` to the preview server). It must return a Promise of
 * the JSON text of the result ('' or undefined for no result) and reject with an Error for a server-side failure.
 * As in Apps Script, arguments are JSON-cloned, the handlers run asynchronously, the success handler gets
 * (result, userObject) and the failure handler (error, userObject); a runner without a failure handler logs the
 * error. Runners are immutable: each with* call returns a new one, so a configured runner can be reused.
 */
export interface GasRunShimOptions {
  /** Name of the window function that carries a call: (functionName, argsJson) => Promise<string | undefined>. */
  transport: string;
  /** Optional window function called by google.script.host.close() (the page is told it closed either way). */
  onClose?: string;
}

export function gasRunShimSource(options: GasRunShimOptions | string): string {
  const { transport, onClose } =
    typeof options === 'string' ? { transport: options, onClose: undefined } : options;
  return `(function () {
  var TRANSPORT = ${JSON.stringify(transport)};
  var ON_CLOSE = ${JSON.stringify(onClose ?? null)};
  function toError(reason) {
    if (reason instanceof Error) return reason;
    var error = new Error(reason && reason.message ? reason.message : String(reason));
    return error;
  }
  function call(name, args, success, failure, userObject) {
    var argsJson;
    try {
      argsJson = JSON.stringify(args, function (key, value) {
        if (this[key] instanceof Date) throw new Error('google.script.run cannot carry a Date (argument of ' + name + ')');
        return value;
      });
    } catch (error) {
      setTimeout(function () { fail(toError(error)); }, 0);
      return;
    }
    function fail(error) {
      if (failure) failure(error, userObject);
      else console.error('google.script.run.' + name + ' failed:', error);
    }
    Promise.resolve()
      .then(function () {
        var send = window[TRANSPORT];
        if (typeof send !== 'function') throw new Error('google.script.run: no transport window.' + TRANSPORT);
        return send(name, argsJson);
      })
      .then(
        function (json) {
          var result = json === undefined || json === null || json === '' ? undefined : JSON.parse(json);
          if (success) success(result, userObject);
        },
        function (reason) { fail(toError(reason)); }
      );
  }
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (_target, prop) {
        if (typeof prop !== 'string' || prop === 'then' || prop === 'toJSON') return undefined;
        if (prop === 'withSuccessHandler') return function (fn) { return runner(fn, failure, userObject); };
        if (prop === 'withFailureHandler') return function (fn) { return runner(success, fn, userObject); };
        if (prop === 'withUserObject') return function (obj) { return runner(success, failure, obj); };
        return function () { call(prop, Array.prototype.slice.call(arguments), success, failure, userObject); };
      },
    });
  }
  window.google = window.google || {};
  window.google.script = window.google.script || {};
  window.google.script.run = runner(null, null, undefined);
  window.google.script.host = {
    origin: location.origin,
    close: function () {
      window.__gasHostClosed = true;
      if (ON_CLOSE && typeof window[ON_CLOSE] === 'function') window[ON_CLOSE]();
    },
    setHeight: function () {},
    setWidth: function () {},
    editor: { focus: function () {} },
  };
})();
`;
}
