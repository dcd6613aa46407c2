// The built sidebar (dist/sidebar.html) in headless Chromium, its google.script.run bridged to the built bundle
// running in the local runtime of this same process. jest's globalSetup builds dist/ first.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createWorkbook, logEntries, okrCell, standardKrs, type TestWorkbook } from '../../support/workbook';
import { openBridgedPage, sharedBrowser } from '../../support/chromium';
import { REVIEW_KRS, REVIEW_LOG, type KrCells, type LogCells } from '../../support/rows';

const HTML = fs.readFileSync(path.resolve(__dirname, '../../../dist/sidebar.html'), 'utf8');

let page: Page;
let wb: TestWorkbook;
const serverCalls: string[] = [];

const chromium = sharedBrowser();

/** Opens the sidebar on a fresh workbook; every google.script.run call runs rt.runServer in this process. */
async function openSidebar(krs: KrCells[] = standardKrs(), log: LogCells[] = [], lang: 'en' | 'fr' = 'en') {
  wb = createWorkbook(krs, log, lang);
  serverCalls.length = 0;
  page = await openBridgedPage(chromium, {
    html: HTML,
    viewport: { width: 300, height: 900 },
    run: (name, args) => wb.rt.runServer(name, ...args),
    calls: serverCalls,
  });
  await page.locator('article.kr').first().waitFor();
}

const card = (id: string) => page.locator(`article[data-kr="${id}"]`);

async function saveAndWait(name = 'Save check-in') {
  const before = serverCalls.length;
  await page.getByRole('button', { name }).click();
  await page.waitForFunction(() => !document.getElementById('save')!.hasAttribute('aria-disabled'));
  return serverCalls.length - before;
}

describe('check-in sidebar in Chromium', () => {
  it('loads in one call, edits two KRs and saves them in one call: sheet and log updated', async () => {
    await openSidebar();
    expect(serverCalls).toEqual(['getCheckinData']);
    await expect(page.locator('details summary').allTextContents()).resolves.toEqual([
      expect.stringContaining('Grow inbound leads'),
      expect.stringContaining('Publish content that ranks'),
    ]);
    await expect(card('KR-0001').locator('.pct').textContent()).resolves.toBe('20%');
    await expect(card('KR-0001').locator('.owner').textContent()).resolves.toBe('Léa');

    await page.getByLabel('New value for Demo requests from landing pages').fill('110');
    await page.getByLabel('Comment for Demo requests from landing pages').fill('launch week');
    await page.getByLabel('Confidence (0–10) for Webinar sign-ups from email').fill('8');
    expect(await saveAndWait()).toBe(1);
    expect(serverCalls).toEqual(['getCheckinData', 'saveCheckin']);

    expect(okrCell(wb, 'KR-0001', 'current')).toBe(110);
    expect(okrCell(wb, 'KR-0002', 'confidence')).toBe(8);
    expect(okrCell(wb, 'KR-0002', 'current')).toBe(60);
    expect(logEntries(wb).map(e => [e.krId, e.value, e.comment])).toEqual([
      ['KR-0001', 110, 'launch week'],
      ['KR-0002', 60, ''],
    ]);
    await expect(page.locator('#result').textContent()).resolves.toContain('2 key results saved.');
    await expect(card('KR-0001').locator('.pct').textContent()).resolves.toBe('50%');
    await expect(card('KR-0001').locator('svg.trend').count()).resolves.toBe(1);
  });

  it('flags a value that is no number next to its field and saves nothing until it is fixed', async () => {
    await openSidebar();
    const input = page.getByLabel('New value for Webinar sign-ups from email');
    await input.fill('lots');
    await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(card('KR-0002').locator('.error:not([hidden])').textContent()).resolves.toContain(
      '“lots” is not a number'
    );
    expect(await saveAndWait()).toBe(0);
    expect(serverCalls).toEqual(['getCheckinData']);
    await expect(page.locator('#result').textContent()).resolves.toContain('Fix the highlighted fields');
    expect(logEntries(wb)).toEqual([]);
    await input.fill('75');
    await expect(input.getAttribute('aria-invalid')).resolves.toBeNull();
    expect(await saveAndWait()).toBe(1);
    expect(okrCell(wb, 'KR-0002', 'current')).toBe(75);
  });

  it('reports a conflict after a concurrent edit in the sheet, with both values, and saves nothing', async () => {
    await openSidebar();
    wb.okrs.getRange(2, wb.okrColumns.current! + 1).setValue(107);
    await page.getByLabel('New value for Demo requests from landing pages').fill('115');
    await page.getByLabel('New value for Backlinks from partners').fill('2');
    await saveAndWait();
    const result = await page.locator('#result').textContent();
    expect(result).toContain('Nothing was saved: a check-in is saved whole or not at all.');
    expect(result).toContain('The sheet now has 107, you entered 115');
    expect(okrCell(wb, 'KR-0001', 'current')).toBe(107);
    expect(okrCell(wb, 'KR-0004', 'current')).toBe(1);
    expect(logEntries(wb)).toEqual([]);
    // what the user typed is kept in every card, and the conflicting card now shows the sheet's value
    await expect(
      page.getByLabel('New value for Demo requests from landing pages').inputValue()
    ).resolves.toBe('115');
    await expect(page.getByLabel('New value for Backlinks from partners').inputValue()).resolves.toBe('2');
    await expect(card('KR-0001').locator('.current').textContent()).resolves.toBe('107');
  });

  it('saves on the right KR ids after the rows were sorted between load and save', async () => {
    await openSidebar();
    const width = wb.okrs.getLastColumn();
    const rows = wb.okrs.getRange(2, 1, 4, width).getValues();
    const computed = new Set(
      (['progress', 'progressBar', 'objectiveProgress', 'status'] as const).map(k => wb.okrColumns[k])
    );
    wb.okrs
      .getRange(2, 1, 4, width)
      .setValues([rows[2], rows[0], rows[3], rows[1]].map(r => r.map((v, i) => (computed.has(i) ? '' : v))));
    await page.getByLabel('New value for Demo requests from landing pages').fill('112');
    await page.getByLabel('New value for Backlinks from partners').fill('3');
    await saveAndWait();
    expect(okrCell(wb, 'KR-0001', 'current')).toBe(112);
    expect(okrCell(wb, 'KR-0004', 'current')).toBe(3);
    expect(okrCell(wb, 'KR-0002', 'current')).toBe(60);
    expect(okrCell(wb, 'KR-0003', 'current')).toBe(0.11);
    expect(wb.okrs.getRange(3, wb.okrColumns.id! + 1).getValue()).toBe('KR-0001');
    expect(wb.okrs.getRange(3, wb.okrColumns.current! + 1).getValue()).toBe(112);
  });

  it('shows an XSS attempt in an objective name as text and does not run it', async () => {
    const krs = standardKrs();
    krs[0].objective = '<img src=x onerror=window.__xss=1>';
    krs[1].keyResult = '<script>window.__xss=2</script>';
    await openSidebar(krs);
    await expect(page.locator('details summary .objective').first().textContent()).resolves.toBe(
      '<img src=x onerror=window.__xss=1>'
    );
    await page.waitForTimeout(50);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('#app img').count()).toBe(0);
    await page.getByRole('tab', { name: 'Weekly review' }).click();
    await expect(
      page.locator('[data-objective="<img src=x onerror=window.__xss=1>"] .name').textContent()
    ).resolves.toBe('<img src=x onerror=window.__xss=1>');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('stores formula-looking comments as literal text', async () => {
    await openSidebar();
    const comments: [string, string][] = [
      ['Demo requests from landing pages', '=1+1'],
      ['Webinar sign-ups from email', '+33 6 12 34 56 78'],
      ['Backlinks from partners', '@here'],
    ];
    for (const [kr, comment] of comments) await page.getByLabel(`Comment for ${kr}`).fill(comment);
    await saveAndWait();
    const column = wb.logColumns.comment! + 1;
    const range = wb.log.getRange(2, column, 3, 1);
    expect(range.getFormulas().flat()).toEqual(['', '', '']);
    expect(range.getValues().flat()).toEqual(['=1+1', '+33 6 12 34 56 78', '@here']);
  });

  it('does a whole check-in with the keyboard only', async () => {
    await openSidebar();
    const target = page.getByLabel('New value for Webinar sign-ups from email');
    // Tab from the top of the page until the field has focus (no clicks)
    for (let i = 0; i < 40 && !(await target.evaluate(el => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(target.evaluate(el => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('64');
    await page.keyboard.press('Enter'); // moves to the next field, submits nothing
    expect(serverCalls).toEqual(['getCheckinData']);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('9');
    const save = page.getByRole('button', { name: 'Save check-in' });
    for (let i = 0; i < 60 && !(await save.evaluate(el => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(save.evaluate(el => el === document.activeElement)).resolves.toBe(true);
    const outline = await save.evaluate(el => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('result')!.textContent!.includes('saved'));
    expect(okrCell(wb, 'KR-0002', 'current')).toBe(64);
    expect(okrCell(wb, 'KR-0002', 'confidence')).toBe(9);
    // Space toggles the filter checkbox
    await page.locator('#stale-filter').focus();
    await page.keyboard.press('Space');
    await expect(card('KR-0002').isHidden()).resolves.toBe(true);
    await expect(card('KR-0001').isVisible()).resolves.toBe(true);
  });

  it('reads French input 1,5 and 45 % and shows French formats', async () => {
    const krs: KrCells[] = [
      {
        id: 'KR-0001',
        objective: 'Améliorer l’emailing',
        keyResult: 'Délai de publication (jours)',
        owner: 'Léa',
        start: 3,
        target: 1,
        current: 2.5,
        confidence: 6,
      },
      {
        id: 'KR-0002',
        keyResult: 'Taux d’ouverture',
        owner: 'Marc',
        start: 0.2,
        target: 0.5,
        current: 0.3,
        confidence: 5,
      },
    ];
    await openSidebar(krs, [], 'fr');
    await expect(page.getByRole('button', { name: 'Enregistrer' }).count()).resolves.toBe(1);
    await expect(page.getByRole('tab', { name: 'Suivi' }).count()).resolves.toBe(1);
    await expect(page.getByRole('tab', { name: 'Revue hebdo' }).count()).resolves.toBe(1);
    await expect(card('KR-0001').locator('.current').textContent()).resolves.toBe('2,5');
    await expect(card('KR-0002').locator('.pct').textContent()).resolves.toBe('33\u202F%');
    await page.getByLabel('Nouvelle valeur pour Délai de publication (jours)').fill('1,5');
    await page.getByLabel('Nouvelle valeur pour Taux d’ouverture').fill('45 %');
    await page.getByLabel('Confiance (0–10) pour Taux d’ouverture').fill('7,5');
    await saveAndWait('Enregistrer');
    expect(okrCell(wb, 'KR-0001', 'current')).toBe(1.5);
    expect(okrCell(wb, 'KR-0002', 'current')).toBeCloseTo(0.45, 12);
    expect(okrCell(wb, 'KR-0002', 'confidence')).toBe(7.5);
    await expect(page.locator('#result').textContent()).resolves.toContain('2 résultats clés enregistrés.');
    await page.getByLabel('Nouvelle valeur pour Taux d’ouverture').fill('beaucoup');
    await expect(card('KR-0002').locator('.error:not([hidden])').textContent()).resolves.toContain(
      '« beaucoup » n’est pas un nombre'
    );
  });

  it('shows the weekly review figures computed from the log, and copies the summary', async () => {
    await openSidebar(REVIEW_KRS, REVIEW_LOG);
    await page.getByRole('tab', { name: 'Weekly review' }).click();
    const panel = page.locator('#panel-review');
    await expect(panel.locator('[data-figure="overall"]').textContent()).resolves.toBe('43%');
    await expect(panel.locator('[data-figure="overall-change"]').textContent()).resolves.toBe(
      '+3 pts since last week'
    );
    await expect(panel.locator('[data-objective="Grow leads"]').textContent()).resolves.toBe(
      'Grow leads 35% +5 pts'
    );
    await expect(panel.locator('[data-review="movers"] li').allTextContents()).resolves.toEqual([
      'Demo requests (Léa) 60% (+30 pts)',
      'Webinar sign-ups (Marc) 10% (-20 pts)',
    ]);
    await expect(panel.locator('[data-review="stale"] li').allTextContents()).resolves.toEqual([
      'Backlinks (Léa) 14 days ago',
    ]);
    await expect(panel.locator('[data-review="at-risk"] li').textContent()).resolves.toContain(
      'Actions: Partner with Acme'
    );

    // http://sidebar.test is no secure context: record what the Clipboard API is given
    await page.evaluate(() => {
      const w = window as unknown as { __copied?: string };
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: async (text: string) => void (w.__copied = text) },
      });
    });
    await page.getByRole('button', { name: 'Copy summary' }).click();
    await expect(page.locator('#copy-status').textContent()).resolves.toBe(
      'Summary copied to the clipboard.'
    );
    const copied = await page.evaluate(() => (window as unknown as { __copied?: string }).__copied ?? '');
    expect(copied).toContain('OKR weekly review, week 2026-W48');
    expect(copied).toContain('- Backlinks (Léa): 14 days ago');
  });

  it('shows an overachieved KR at 100 % and keeps its check-in date on one line at 300 px', async () => {
    await openSidebar();
    await page.getByLabel('New value for Demo requests from landing pages').fill('500');
    await saveAndWait();
    await expect(card('KR-0001').locator('.pct').textContent()).resolves.toBe('100%');
    const last = card('KR-0001').locator('.last');
    await expect(last.textContent()).resolves.toBe('2026-11-24');
    // '2026-11-24' may otherwise break at a hyphen into '2026-' / '11-24' in the narrow card
    await expect(last.evaluate(node => getComputedStyle(node).whiteSpace)).resolves.toBe('nowrap');
  });
});
