// Small services: PropertiesService, CacheService, LockService, Session, Utilities, Logger, ScriptApp, console.
import crypto from 'node:crypto';
import type { RuntimeContext } from './context';
import { isDate } from './dates';
import { formatDate } from './format-date';

export const AUTH_MODES = {
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
} as const;

// ---- PropertiesService

function propertiesApi(
  ctx: RuntimeContext,
  store: () => Record<string, string>,
  scope: string
): GoogleAppsScript.Properties.Properties {
  const props = {
    getProperty: (key: string) => (Object.prototype.hasOwnProperty.call(store(), key) ? store()[key] : null),
    setProperty: (key: string, value: unknown) => {
      store()[key] = String(value);
      return proxy;
    },
    deleteProperty: (key: string) => {
      delete store()[key];
      return proxy;
    },
    getProperties: () => ({ ...store() }),
    getKeys: () => Object.keys(store()),
    setProperties: (properties: Record<string, unknown>, deleteAllOthers?: boolean) => {
      const s = store();
      if (deleteAllOthers) for (const k of Object.keys(s)) delete s[k];
      for (const [k, v] of Object.entries(properties)) s[k] = String(v);
      return proxy;
    },
    deleteAllProperties: () => {
      const s = store();
      for (const k of Object.keys(s)) delete s[k];
      return proxy;
    },
  };
  const proxy = ctx.track(props, `Properties(${scope})`) as unknown as GoogleAppsScript.Properties.Properties;
  return proxy;
}

export function createPropertiesService(ctx: RuntimeContext): GoogleAppsScript.Properties.PropertiesService {
  const p = () => ctx.workbook.data.properties;
  return ctx.track(
    {
      getDocumentProperties: () => propertiesApi(ctx, () => p().document, 'document'),
      getScriptProperties: () => propertiesApi(ctx, () => p().script, 'script'),
      getUserProperties: () => propertiesApi(ctx, () => p().user, 'user'),
    },
    'PropertiesService'
  ) as unknown as GoogleAppsScript.Properties.PropertiesService;
}

// ---- CacheService

export class CacheStore {
  entries = new Map<string, { value: string; expires: number }>();
}

function cacheApi(ctx: RuntimeContext, store: CacheStore, now: () => number): GoogleAppsScript.Cache.Cache {
  const live = (key: string) => {
    const e = store.entries.get(key);
    if (!e) return null;
    if (e.expires <= now()) {
      store.entries.delete(key);
      return null;
    }
    return e.value;
  };
  const put = (key: string, value: unknown, seconds = 600) => {
    const ttl = Math.min(Math.max(1, Number(seconds)), 21600);
    store.entries.set(key, { value: String(value), expires: now() + ttl * 1000 });
  };
  return ctx.track(
    {
      get: (key: string) => live(key),
      getAll: (keys: string[]) =>
        Object.fromEntries(keys.flatMap(k => (live(k) === null ? [] : [[k, live(k)]]))),
      put,
      putAll: (values: Record<string, unknown>, seconds?: number) => {
        for (const [k, v] of Object.entries(values)) put(k, v, seconds);
      },
      remove: (key: string) => void store.entries.delete(key),
      removeAll: (keys: string[]) => keys.forEach(k => store.entries.delete(k)),
    },
    'Cache'
  ) as unknown as GoogleAppsScript.Cache.Cache;
}

export function createCacheService(
  ctx: RuntimeContext,
  stores: { document: CacheStore; script: CacheStore; user: CacheStore },
  now: () => number
): GoogleAppsScript.Cache.CacheService {
  return ctx.track(
    {
      getDocumentCache: () => cacheApi(ctx, stores.document, now),
      getScriptCache: () => cacheApi(ctx, stores.script, now),
      getUserCache: () => cacheApi(ctx, stores.user, now),
    },
    'CacheService'
  ) as unknown as GoogleAppsScript.Cache.CacheService;
}

// ---- LockService

/** One lock; a test can make "another process" hold it: rt.locks.document.holdBy('other'). */
export class LockState {
  holder: string | null = null;
  holdBy(who = 'other'): void {
    this.holder = who;
  }
  release(): void {
    this.holder = null;
  }
}

const SCRIPT = 'this-script';

function lockApi(ctx: RuntimeContext, state: LockState): GoogleAppsScript.Lock.Lock {
  let mine = false;
  const tryLock = (_timeoutInMillis?: number) => {
    if (state.holder && state.holder !== SCRIPT) return false;
    state.holder = SCRIPT;
    mine = true;
    return true;
  };
  return ctx.track(
    {
      tryLock,
      waitLock: (timeoutInMillis?: number) => {
        if (!tryLock(timeoutInMillis))
          throw new Error('Lock timeout: another process was holding the lock for too long.');
      },
      releaseLock: () => {
        if (mine && state.holder === SCRIPT) state.holder = null;
        mine = false;
      },
      hasLock: () => mine && state.holder === SCRIPT,
    },
    'Lock'
  ) as unknown as GoogleAppsScript.Lock.Lock;
}

export function createLockService(
  ctx: RuntimeContext,
  locks: { document: LockState; script: LockState; user: LockState }
): GoogleAppsScript.Lock.LockService {
  return ctx.track(
    {
      getDocumentLock: () => lockApi(ctx, locks.document),
      getScriptLock: () => lockApi(ctx, locks.script),
      getUserLock: () => lockApi(ctx, locks.user),
    },
    'LockService'
  ) as unknown as GoogleAppsScript.Lock.LockService;
}

// ---- Session

export const USERINFO_EMAIL_SCOPE = 'https://www.googleapis.com/auth/userinfo.email';

/**
 * Session. getActiveUser/getEffectiveUser need the userinfo.email scope: without it in the manifest (`scopes`,
 * null = no manifest, nothing enforced) they throw, as in Apps Script. A blank `ctx.userEmail` models a domain that
 * hides the address (getEmail() returns '').
 */
export function createSession(
  ctx: RuntimeContext,
  scriptTimeZone: string,
  userLocale: () => string,
  scopes: readonly string[] | null = null
): GoogleAppsScript.Base.Session {
  const user = (method: string) => () => {
    if (scopes !== null && !scopes.includes(USERINFO_EMAIL_SCOPE)) {
      throw new Error(
        `You do not have permission to call Session.${method}. Required permissions: ${USERINFO_EMAIL_SCOPE}`
      );
    }
    return ctx.track({ getEmail: () => ctx.userEmail, getUserLoginId: () => ctx.userEmail }, 'User');
  };
  return ctx.track(
    {
      getActiveUser: user('getActiveUser'),
      getEffectiveUser: user('getEffectiveUser'),
      getActiveUserLocale: () => userLocale(),
      getScriptTimeZone: () => scriptTimeZone,
      getTimeZone: () => scriptTimeZone,
      getTemporaryActiveUserKey: () =>
        crypto.createHash('sha256').update(ctx.userEmail).digest('base64url').slice(0, 24),
    },
    'Session'
  ) as unknown as GoogleAppsScript.Base.Session;
}

// ---- Utilities

function bytesOf(data: unknown): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (Array.isArray(data)) return Buffer.from(data.map(b => b & 255));
  return Buffer.from(String(data), 'utf8');
}
const toSigned = (buf: Buffer) => [...buf].map(b => (b > 127 ? b - 256 : b));

function blobApi(
  ctx: RuntimeContext,
  bytes: Buffer,
  contentType: string | null,
  name: string | null
): GoogleAppsScript.Base.Blob {
  const blob = {
    getBytes: () => toSigned(bytes),
    getDataAsString: (charset?: string) => bytes.toString(charset && /16/.test(charset) ? 'utf16le' : 'utf8'),
    getContentType: () => contentType,
    setContentType: (t: string) => {
      contentType = t;
      return proxy;
    },
    getName: () => name,
    setName: (n: string) => {
      name = n;
      return proxy;
    },
    setDataFromString: (s: string) => {
      bytes = Buffer.from(s, 'utf8');
      return proxy;
    },
    copyBlob: () => blobApi(ctx, Buffer.from(bytes), contentType, name),
    isGoogleType: () => false,
  };
  const proxy = ctx.track(blob, 'Blob') as unknown as GoogleAppsScript.Base.Blob;
  return proxy;
}

export function formatString(template: string, ...args: unknown[]): string {
  let i = 0;
  return String(template).replace(
    /%([-+0 ]*)(\d+)?(?:\.(\d+))?([sdifx%])/g,
    (m, flags: string, width: string, prec: string, conv: string) => {
      if (conv === '%') return '%';
      const arg = args[i++];
      let s: string;
      if (conv === 's') s = String(arg);
      else if (conv === 'd' || conv === 'i') s = String(Math.trunc(Number(arg)));
      else if (conv === 'x') s = Math.trunc(Number(arg)).toString(16);
      else s = prec !== undefined ? Number(arg).toFixed(Number(prec)) : String(Number(arg));
      if (flags.includes('+') && conv !== 's' && Number(arg) >= 0) s = `+${s}`;
      const w = Number(width ?? 0);
      if (s.length < w)
        s = flags.includes('-') ? s.padEnd(w) : s.padStart(w, flags.includes('0') ? '0' : ' ');
      void m;
      return s;
    }
  );
}

export function createUtilities(ctx: RuntimeContext): GoogleAppsScript.Utilities.Utilities {
  return ctx.track(
    {
      Charset: { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' },
      DigestAlgorithm: {
        MD2: 'MD2',
        MD5: 'MD5',
        SHA_1: 'SHA_1',
        SHA_256: 'SHA_256',
        SHA_384: 'SHA_384',
        SHA_512: 'SHA_512',
      },
      formatDate: (date: Date, timeZone: string, format: string) => {
        if (!isDate(date)) throw new Error('Exception: Invalid argument: date');
        return formatDate(date, timeZone, format);
      },
      formatString,
      sleep: (_milliseconds: number) => undefined,
      getUuid: () => crypto.randomUUID(),
      base64Encode: (data: unknown) => bytesOf(data).toString('base64'),
      base64EncodeWebSafe: (data: unknown) =>
        bytesOf(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_'),
      base64Decode: (encoded: string) => toSigned(Buffer.from(encoded, 'base64')),
      base64DecodeWebSafe: (encoded: string) =>
        toSigned(Buffer.from(encoded.replace(/-/g, '+').replace(/_/g, '/'), 'base64')),
      computeDigest: (algorithm: string, value: unknown) => {
        const name = String(algorithm).toLowerCase().replace('_', '').replace('sha1', 'sha1');
        return toSigned(
          crypto
            .createHash(name === 'md2' ? 'md5' : name)
            .update(bytesOf(value))
            .digest()
        );
      },
      newBlob: (data: unknown, contentType?: string, name?: string) =>
        blobApi(ctx, bytesOf(data ?? ''), contentType ?? null, name ?? null),
      parseCsv: (csv: string, delimiter = ',') => parseCsv(csv, delimiter),
      jsonStringify: (obj: unknown) => JSON.stringify(obj),
      jsonParse: (text: string) => JSON.parse(text),
    },
    'Utilities'
  ) as unknown as GoogleAppsScript.Utilities.Utilities;
}

function parseCsv(csv: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && csv[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// ---- Logger and console

export interface LogEntry {
  level: string;
  message: string;
}

export function createLogger(
  ctx: RuntimeContext,
  logs: LogEntry[],
  echo: boolean
): GoogleAppsScript.Base.Logger {
  const logger = {
    log: (data: unknown, ...values: unknown[]) => {
      const message = values.length ? formatString(String(data), ...values) : String(data);
      logs.push({ level: 'log', message });
      if (echo) console.log(message);
      return proxy;
    },
    getLog: () => logs.map(l => l.message).join('\n'),
    clear: () => void logs.splice(0),
  };
  const proxy = ctx.track(logger, 'Logger') as unknown as GoogleAppsScript.Base.Logger;
  return proxy;
}

export function createConsole(
  logs: LogEntry[],
  echo: boolean
): Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'> & { time(): void; timeEnd(): void } {
  const write =
    (level: string) =>
    (...args: unknown[]) => {
      const message = args.map(a => (typeof a === 'string' ? a : safeJson(a))).join(' ');
      logs.push({ level, message });
      if (echo) console.log(`[${level}] ${message}`);
    };
  return {
    log: write('log'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    debug: write('debug'),
    time: () => undefined,
    timeEnd: () => undefined,
  };
}

function safeJson(v: unknown): string {
  if (v instanceof Error || (v && typeof v === 'object' && 'stack' in v && 'message' in v))
    return String((v as Error).stack ?? v);
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

// ---- ScriptApp

export type InstallationSourceName = 'APPS_MARKETPLACE_DOMAIN_ADD_ON' | 'NONE' | 'WEB_STORE_ADD_ON';

export function createScriptApp(
  ctx: RuntimeContext,
  scriptId: string,
  installationSource: InstallationSourceName
): GoogleAppsScript.Script.ScriptApp {
  return ctx.track(
    {
      AuthMode: AUTH_MODES,
      InstallationSource: {
        APPS_MARKETPLACE_DOMAIN_ADD_ON: 'APPS_MARKETPLACE_DOMAIN_ADD_ON',
        NONE: 'NONE',
        WEB_STORE_ADD_ON: 'WEB_STORE_ADD_ON',
      },
      getInstallationSource: () => installationSource,
      AuthorizationStatus: { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' },
      TriggerSource: {
        SPREADSHEETS: 'SPREADSHEETS',
        CLOCK: 'CLOCK',
        FORMS: 'FORMS',
        DOCUMENTS: 'DOCUMENTS',
        CALENDAR: 'CALENDAR',
      },
      EventType: {
        ON_OPEN: 'ON_OPEN',
        ON_EDIT: 'ON_EDIT',
        ON_CHANGE: 'ON_CHANGE',
        ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
        CLOCK: 'CLOCK',
      },
      getAuthorizationInfo: (_authMode: unknown) =>
        ctx.track(
          {
            getAuthorizationStatus: () => 'NOT_REQUIRED',
            getAuthorizationUrl: () => null,
            getAuthorizedScopes: () => [],
          },
          'AuthorizationInfo'
        ),
      getScriptId: () => scriptId,
      getProjectTriggers: () => [],
      getUserTriggers: () => [],
    },
    'ScriptApp'
  ) as unknown as GoogleAppsScript.Script.ScriptApp;
}
