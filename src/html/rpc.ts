import type { EXPOSED } from '../index';

/**
 * The client side of google.script.run, typed from the server's `EXPOSED` list (src/index.ts): a page names the
 * server functions it calls, and renaming, removing or changing one of them breaks that page at compile time. The
 * import is type-only, so no server code enters a page's bundle. Each call returns a Promise instead of
 * google.script.run's handler pair.
 */
export type Exposed = typeof EXPOSED;

type Promisified<F> = F extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;

export type ServerApi<K extends keyof Exposed> = { [P in K]: Promisified<Exposed[P]> };

interface ScriptRunner {
  withSuccessHandler(handler: (result: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
}

declare const google: { script: { run: ScriptRunner } };

/** `serverApi(['getCheckinData', 'saveCheckin'])`: a Promise-returning caller for each of those server functions. */
export function serverApi<K extends keyof Exposed>(names: readonly K[]): ServerApi<K> {
  const api = {} as Record<K, unknown>;
  for (const name of names) {
    api[name] = (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const runner = google.script.run.withSuccessHandler(resolve).withFailureHandler(reject);
        (runner as unknown as Record<string, (...a: unknown[]) => void>)[name](...args);
      });
  }
  return api as ServerApi<K>;
}
