import { fixtureRuntime } from './fixture';

describe('other services', () => {
  test('PropertiesService stores strings per scope', () => {
    const rt = fixtureRuntime();
    const props = rt.global.PropertiesService.getDocumentProperties();
    props.setProperty('n', 3 as unknown as string).setProperties({ a: 'x', b: 'y' });
    expect(props.getProperty('n')).toBe('3');
    expect(props.getProperty('missing')).toBeNull();
    props.deleteProperty('a');
    expect(props.getProperties()).toEqual({ n: '3', b: 'y' });
    expect(rt.global.PropertiesService.getUserProperties().getProperties()).toEqual({});
  });

  test('a lock held by another process makes tryLock fail and waitLock time out', () => {
    const rt = fixtureRuntime();
    const lock = rt.global.LockService.getDocumentLock();
    expect(lock.tryLock(100)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    rt.locks.document.holdBy('other');
    expect(lock.tryLock(100)).toBe(false);
    expect(() => lock.waitLock(100)).toThrow('Lock timeout');
    rt.locks.document.release();
    lock.waitLock(100);
    expect(lock.hasLock()).toBe(true);
  });

  test('CacheService entries expire with the runtime clock', () => {
    const rt = fixtureRuntime({ now: new Date('2026-01-01T00:00:00Z') });
    const cache = rt.global.CacheService.getDocumentCache();
    cache.put('k', 'v', 60);
    expect(cache.get('k')).toBe('v');
    rt.setNow(new Date('2026-01-01T00:01:01Z'));
    expect(cache.get('k')).toBeNull();
  });

  test('Session and Utilities', () => {
    const rt = fixtureRuntime({ locale: 'fr_FR', userEmail: 'lea@example.com' });
    expect(rt.global.Session.getActiveUser().getEmail()).toBe('lea@example.com');
    expect(rt.global.Session.getActiveUserLocale()).toBe('fr');
    expect(rt.global.Session.getScriptTimeZone()).toBe('Europe/Paris');
    const u = rt.global.Utilities;
    const date = new Date('2027-01-01T10:00:00Z'); // a Friday in ISO week 53 of 2026
    expect(u.formatDate(date, 'Europe/Paris', "yyyy-MM-dd HH:mm 'W'ww YYYY u EEE")).toBe(
      '2027-01-01 11:00 W53 2026 5 Fri'
    );
    expect(u.formatDate(date, 'UTC', 'dd/MM/yy')).toBe('01/01/27');
    expect(u.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
    expect(u.formatString('%s has %d KRs (%.1f%%)', 'Léa', 3, 42.25)).toBe('Léa has 3 KRs (42.3%)');
    rt.global.Logger.log('saved %s', 'KR-0001');
    expect(rt.logs.map(l => l.message)).toEqual(['saved KR-0001']);
  });

  test('runServer clones like google.script.run: Dates refused, errors carry the server message', () => {
    const rt = fixtureRuntime();
    const input = { id: 'KR-0001', values: [1, 2], nested: { ok: true } };
    const output = rt.runServer('echo', input) as typeof input;
    expect(output).toEqual(input);
    expect(output).not.toBe(input);
    expect(() => rt.runServer('echo', { when: new Date() })).toThrow(/argument 1 contains a Date/);
    expect(() => rt.runServer('today')).toThrow(/returned a Date/);
    expect(() => rt.runServer('failing')).toThrow('Server says no');
  });
});
