import type { getCheckinData, saveCheckin } from '../server';

/**
 * The sidebar's server calls, typed from the server functions themselves: renaming or changing one breaks the
 * sidebar at compile time. Each returns a Promise instead of google.script.run's handler pair.
 */
interface ServerFunctions {
  getCheckinData: typeof getCheckinData;
  saveCheckin: typeof saveCheckin;
}

type Promisified<F> = F extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;

export type ServerApi = { [K in keyof ServerFunctions]: Promisified<ServerFunctions[K]> };

interface ScriptRunner {
  withSuccessHandler(handler: (result: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
}

declare const google: { script: { run: ScriptRunner } };

function remote<K extends keyof ServerFunctions>(name: K): ServerApi[K] {
  const call = (...args: unknown[]) =>
    new Promise((resolve, reject) => {
      const runner = google.script.run.withSuccessHandler(resolve).withFailureHandler(reject);
      (runner as unknown as Record<string, (...a: unknown[]) => void>)[name](...args);
    });
  return call as ServerApi[K];
}

export const server: ServerApi = {
  getCheckinData: remote('getCheckinData'),
  saveCheckin: remote('saveCheckin'),
};
