// The built close dialog (dist/close.html) in headless Chromium, driven by the keyboard only; its
// google.script.run calls are bridged to the built bundle in the local runtime of this process.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openBridgedPage, sharedBrowser } from '../../support/chromium';
import { createWorkbook, standardKrs, type TestWorkbook } from '../../support/workbook';
import { historyRows } from './helpers';

const HTML = fs.readFileSync(path.resolve(__dirname, '../../../dist/close.html'), 'utf8');

let page: Page;
let wb: TestWorkbook;
const serverCalls: string[] = [];

const chromium = sharedBrowser();

async function openDialog(lang: 'en' | 'fr') {
  wb = createWorkbook(standardKrs(), [], lang);
  serverCalls.length = 0;
  page = await openBridgedPage(chromium, {
    html: HTML,
    viewport: { width: 980, height: 640 },
    run: (name, args) => wb.rt.runServer(name, ...args),
    calls: serverCalls,
  });
  await page.locator('tr[data-kr]').first().waitFor();
}

const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
const row = (id: string) => page.locator(`tr[data-kr="${id}"]`);

async function replaceFocused(text: string) {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

describe.each([
  {
    lang: 'en' as const,
    finalLabel: 'Final value for Demo requests from landing pages',
    noteLabel: 'Learning note for KR-0002 Webinar sign-ups from email',
    noteRequired: 'Learning note (required: red or yellow)',
    confirm: 'Close Q4 2026',
    green: 'Green',
    red: 'Red',
    fix: 'Fix the highlighted fields before closing.',
    closed: 'Q4 2026 is closed: 4 key results in History, 1 carried into Q1 2027.',
    history: 'History',
    carry: 'Carry over',
    expected: 'expected at 100%',
  },
  {
    lang: 'fr' as const,
    finalLabel: 'Valeur finale pour Demo requests from landing pages',
    noteLabel: 'Enseignement pour KR-0002 Webinar sign-ups from email',
    noteRequired: 'Enseignement (obligatoire : rouge ou jaune)',
    confirm: 'Clôturer T4 2026',
    green: 'Vert',
    red: 'Rouge',
    fix: 'Corrigez les champs signalés avant de clôturer.',
    closed: 'T4 2026 est clôturée : 4 résultats clés dans la feuille « Historique », 1 reporté sur T1 2027.',
    history: 'Historique',
    carry: 'Reporté',
    expected: 'attendu à 100',
  },
])('close dialog in Chromium ($lang), keyboard only', t => {
  it('grades live, requires the notes, then closes in one call', async () => {
    await openDialog(t.lang);
    expect(serverCalls).toEqual(['getCloseData']);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(t.lang);
    await expect(row('KR-0001').locator('.meta').textContent()).resolves.toContain(t.expected);
    // The first final value has the focus: type the target, the grade turns green on the committed scale.
    expect(await focusedLabel()).toBe(t.finalLabel);
    await replaceFocused('120');
    await expect(row('KR-0001').locator('.progress').textContent()).resolves.toMatch(/^100\s?%$/);
    await expect(row('KR-0001').locator('.grade').textContent()).resolves.toBe(t.green);
    await page.keyboard.press('Tab'); // its closing status
    await page.keyboard.press('Tab'); // its note (optional for a green grade)
    await page.keyboard.press('Tab'); // next KR's final value
    await page.keyboard.press('Tab'); // its status, suggested Missed (red): one down is Carry over
    await page.keyboard.press('ArrowDown');
    await expect(row('KR-0002').locator('select').inputValue()).resolves.toBe('carryOver');
    // Confirm without the notes the red grades need: refused in the page, focus on the first missing note.
    await page.getByRole('button', { name: t.confirm }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#result').textContent()).resolves.toBe(t.fix);
    expect(await focusedLabel()).toBe(t.noteLabel);
    expect(serverCalls).toEqual(['getCloseData']);
    await expect(row('KR-0002').locator('textarea').getAttribute('aria-invalid')).resolves.toBe('true');
    // A red grade's note is labelled required, naming the grades below green.
    await expect(row('KR-0002').locator('label').textContent()).resolves.toBe(t.noteRequired);
    // Type the notes, moving with Tab: note → next final value → status → note; the first objective's
    // retrospective (three fields) sits between its last KR and the second objective's KR.
    const tab = async (n: number) => {
      for (let i = 0; i < n; i++) await page.keyboard.press('Tab');
    };
    await page.keyboard.type('Webinars came late in the quarter');
    await tab(3);
    await page.keyboard.type('Form tests started in week 9');
    await tab(1);
    expect(await focusedLabel()).toBe(
      t.lang === 'fr' ? 'Ce qui a marché (Grow inbound leads)' : 'What worked (Grow inbound leads)'
    );
    await page.keyboard.type('Landing page tests');
    await tab(5);
    await page.keyboard.type('Partners were slow to answer');
    await tab(1);
    await page.keyboard.type('Guest posts worked');
    await page.getByRole('button', { name: t.confirm }).focus();
    await page.keyboard.press('Enter');
    await page.locator('#result p.ok').waitFor({ timeout: 10000 });
    expect(serverCalls).toEqual(['getCloseData', 'closePeriod']);
    await expect(page.locator('#result').textContent()).resolves.toContain(t.closed);

    const history = historyRows(wb.rt, t.history);
    expect(history.map(h => [h.krId, h.grade, h.closingStatus])).toEqual([
      ['KR-0001', t.green, expect.any(String)],
      ['KR-0002', t.red, t.carry],
      ['KR-0003', t.red, expect.any(String)],
      ['KR-0004', t.red, expect.any(String)],
    ]);
    expect(history[0].finalValue).toBe(120);
    expect(history.map(h => h.learningNote)).toEqual([
      '',
      'Webinars came late in the quarter',
      'Form tests started in week 9',
      'Partners were slow to answer',
    ]);
    expect(history.map(h => h.worked)).toEqual([
      'Landing page tests',
      'Landing page tests',
      'Landing page tests',
      'Guest posts worked',
    ]);
  });
});

describe('close dialog escapes what the sheet holds', () => {
  it('shows markup typed in a KR as text', async () => {
    wb = createWorkbook([{ ...standardKrs()[0], keyResult: '<img src=x onerror="window.hacked=1">' }]);
    page = await openBridgedPage(chromium, {
      html: HTML,
      viewport: { width: 980, height: 640 },
      run: (name, args) => wb.rt.runServer(name, ...args),
    });
    await page.locator('tr[data-kr]').first().waitFor();
    await expect(page.locator('tr[data-kr] .kr').textContent()).resolves.toBe(
      '<img src=x onerror="window.hacked=1">'
    );
    await expect(page.locator('img').count()).resolves.toBe(0);
    await expect(
      page.evaluate(() => (window as unknown as { hacked?: number }).hacked)
    ).resolves.toBeUndefined();
  });
});
