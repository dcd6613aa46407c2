// Counts every service call by `Class.method` and makes unknown methods throw "not implemented: Class.method".

/** Classes of the Spreadsheet service whose calls cost a round trip in Apps Script (builders are local). */
export const SPREADSHEET_CLASSES = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'RangeList',
  'Protection',
  'DeveloperMetadata',
  'DeveloperMetadataFinder',
  'DeveloperMetadataLocation',
  'NamedRange',
  'EmbeddedChart',
]);

/**
 * Methods that only hand back another object (a sheet, a range) and move no cell data. Budgets such as the
 * check-in's "under 12 calls" are about reads and writes of data, so dataCalls() leaves these out; spreadsheet()
 * counts them too.
 */
export const NAVIGATION_METHODS = new Set([
  'SpreadsheetApp.getActive',
  'SpreadsheetApp.getActiveSpreadsheet',
  'Spreadsheet.getSheetByName',
  'Spreadsheet.getSheets',
  'Spreadsheet.getActiveSheet',
  'Spreadsheet.getRange',
  'Spreadsheet.getRangeByName',
  'Spreadsheet.getRangeList',
  'Sheet.getRange',
  'Sheet.getDataRange',
  'Sheet.getRangeList',
  'Range.offset',
  'Range.getSheet',
]);

export class CallCounter {
  private counts = new Map<string, number>();

  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Total calls on Spreadsheet-service objects (builders excluded). */
  spreadsheet(): number {
    let total = 0;
    for (const [key, n] of this.counts) if (SPREADSHEET_CLASSES.has(key.split('.')[0])) total += n;
    return total;
  }

  /** Spreadsheet-service calls that read or write data, formats or structure: spreadsheet() minus navigation. */
  dataCalls(): number {
    let total = 0;
    for (const [key, n] of this.counts) {
      if (SPREADSHEET_CLASSES.has(key.split('.')[0]) && !NAVIGATION_METHODS.has(key)) total += n;
    }
    return total;
  }

  total(): number {
    let total = 0;
    for (const n of this.counts.values()) total += n;
    return total;
  }

  reset(): void {
    this.counts.clear();
  }
}

export interface TrackOptions {
  counter: CallCounter;
  /** runs before each counted call (authorization checks) */
  beforeCall?: (className: string, method: string) => void;
  /** turns errors thrown by the runtime into errors of the script's realm */
  convertError?: (error: unknown) => unknown;
}

// Property names tooling probes on any object (jest, util.inspect, promises): never "not implemented".
const PROBES = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  'nodeType',
  'tagName',
  'constructor',
  'inspect',
  'length',
  'prototype',
  'valueOf',
  'toString',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
]);

export function notImplemented(className: string, method: string): never {
  throw new Error(`not implemented: ${className}.${method}`);
}

const proxies = new WeakMap<object, object>();
const targets = new WeakMap<object, object>();

/** The tracked proxy for an implementation object (created by track). */
export function proxyOf<T extends object>(target: T): T {
  return (proxies.get(target) as T) ?? target;
}

export function targetOf<T extends object>(maybeProxy: T): T {
  return (targets.get(maybeProxy) as T) ?? maybeProxy;
}

/**
 * Wraps an implementation object: each method call is counted as `className.method`; reading a method the
 * class lacks gives a function that throws "not implemented: className.method"; a method returning the object
 * itself returns the proxy (so chained calls are counted too). Members whose names start with '_' are internal.
 */
export function track<T extends object>(target: T, className: string, options: TrackOptions): T {
  const existing = proxies.get(target);
  if (existing) return existing as T;
  const wrappers = new Map<string, unknown>();
  const proxy = new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === 'symbol' || prop.startsWith('_')) return Reflect.get(obj, prop, receiver);
      const value = Reflect.get(obj, prop, obj);
      if (typeof value === 'function') {
        if (prop === 'constructor') return value;
        let wrapper = wrappers.get(prop);
        if (!wrapper) {
          const key = `${className}.${prop}`;
          wrapper = function (this: unknown, ...args: unknown[]) {
            options.counter.add(key);
            try {
              options.beforeCall?.(className, prop);
              const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
              return result === obj ? proxy : result;
            } catch (error) {
              throw options.convertError ? options.convertError(error) : error;
            }
          };
          Object.defineProperty(wrapper, 'name', { value: prop });
          wrappers.set(prop, wrapper);
        }
        return wrapper;
      }
      if (value !== undefined || prop in obj) return value;
      if (PROBES.has(prop) || !/^[a-z][A-Za-z0-9]*$/.test(prop)) return undefined;
      return () => notImplemented(className, prop);
    },
  });
  proxies.set(target, proxy);
  targets.set(proxy, target);
  return proxy;
}
