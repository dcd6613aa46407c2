/**
 * Runs tasks one at a time, in arrival order: the runtime is one in-memory workbook, and a menu action or a
 * check-in save must finish (and be saved to disk) before the next request looks at it.
 */
export function createSerialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(task: () => T | Promise<T>): Promise<T> {
    const result = tail.then(task);
    tail = result.catch(() => undefined);
    return result;
  };
}

export type SerialQueue = ReturnType<typeof createSerialQueue>;
