// Issue 13's check-in items in headless Chromium: the built sidebar (dist/sidebar.html) bridged to the built
// bundle in the local runtime. Live preview of progress and status, keyboard (one Tab stop per field, Enter moves
// on), real plurals, and an honest label for a current value that cannot be read.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { KrCells } from '../../support/rows';
import { createWorkbook, okrCell, standardKrs, type TestWorkbook } from '../../support/workbook';
import { openBridgedPage, sharedBrowser } from '../../support/chromium';

const HTML = fs.readFileSync(path.resolve(__dirname, '../../../dist/sidebar.html'), 'utf8');

let page: Page;
let wb: TestWorkbook;
const serverCalls: string[] = [];

const chromium = sharedBrowser();

async function openSidebar(krs: KrCells[] = standardKrs(), lang: 'en' | 'fr' = 'en') {
  wb = createWorkbook(krs, [], lang);
  serverCalls.length = 0;
  page = await openBridgedPage(chromium, {
    html: HTML,
    viewport: { width: 300, height: 720 },
    run: (name, args) => wb.rt.runServer(name, ...args),
    calls: serverCalls,
  });
  await page.locator('article.kr').first().waitFor();
}

const card = (id: string) => page.locator(`article[data-kr="${id}"]`);
const focusedField = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return `${el.closest('article')?.getAttribute('data-kr') ?? el.id}:${el.getAttribute('data-field') ?? el.tagName}`;
  });

async function saveAndWait(name = 'Save check-in') {
  await page.getByRole('button', { name }).click();
  await page.waitForFunction(() => !document.getElementById('save')!.hasAttribute('aria-disabled'));
}

describe('check-in card preview', () => {
  it('previews the new progress and status while typing, and they are what the sheet shows after saving', async () => {
    await openSidebar();
    const preview = card('KR-0002').locator('.preview');
    await expect(preview.isHidden()).resolves.toBe(true);
    const input = page.getByLabel('New value for Webinar sign-ups from email');
    await input.fill('9');
    await expect(preview.textContent()).resolves.toMatch(/^After saving: 0% · /);
    await input.fill('95');
    const text = (await preview.textContent())!;
    expect(text).toMatch(/^After saving: 90% · (on track|done|at risk|off track)$/);
    // A value that is no number shows its error, not a preview; back to the sheet's value hides it.
    await input.fill('lots');
    await expect(preview.isHidden()).resolves.toBe(true);
    await input.fill('60');
    await expect(preview.isHidden()).resolves.toBe(true);

    await input.fill('95');
    await saveAndWait();
    expect(okrCell(wb, 'KR-0002', 'current')).toBe(95);
    // After the save the card is drawn from the server's figures: the same progress and status as previewed.
    const [pct, status] = [
      await card('KR-0002').locator('.progress .pct').textContent(),
      await card('KR-0002').locator('.meta .status').textContent(),
    ];
    expect(text).toBe(`After saving: ${pct} · ${status}`);
    await expect(page.locator('#result').textContent()).resolves.toContain('1 key result saved.');
  });

  it('previews in French with French numbers, a percent in the KR scale, and French plurals', async () => {
    const krs: KrCells[] = [
      {
        id: 'KR-0001',
        objective: 'Emailing',
        keyResult: 'Taux d’ouverture',
        owner: 'Léa',
        start: 0.2,
        target: 0.5,
        current: 0.3,
      },
      { id: 'KR-0002', keyResult: 'Délai (jours)', owner: 'Marc', start: 3, target: 1, current: 2.5 },
    ];
    await openSidebar(krs, 'fr');
    await page.getByLabel('Nouvelle valeur pour Taux d’ouverture').fill('35 %');
    await expect(card('KR-0001').locator('.preview').textContent()).resolves.toMatch(
      /^Après enregistrement : 50\u202F% · /
    );
    await page.getByLabel('Nouvelle valeur pour Délai (jours)').fill('1,5');
    await expect(card('KR-0002').locator('.preview').textContent()).resolves.toMatch(
      /^Après enregistrement : 75\u202F% · /
    );
    await saveAndWait('Enregistrer');
    await expect(page.locator('#result').textContent()).resolves.toContain('2 résultats clés enregistrés.');
  });
});

describe('keyboard', () => {
  it('gives one Tab stop per field: the objective headings are skipped', async () => {
    await openSidebar();
    await expect(page.locator('summary').first().getAttribute('tabindex')).resolves.toBe('-1');
    await page.getByLabel('New value for Landing form conversion').focus();
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      order.push(await focusedField());
    }
    // KR-0003 closes the first objective; the second objective's heading is no stop before KR-0004.
    expect(order).toEqual(['KR-0003:confidence', 'KR-0003:comment', 'KR-0004:value', 'KR-0004:confidence']);
  });

  it('Enter moves to the next field, then to Save; only Save saves; the hint says so', async () => {
    await openSidebar();
    await expect(page.locator('#keys-hint').textContent()).resolves.toBe(
      'Enter moves to the next field; after the last one, to Save.'
    );
    await page.getByLabel('New value for Backlinks from partners').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    expect(await focusedField()).toBe('KR-0004:confidence');
    await page.keyboard.press('Enter');
    expect(await focusedField()).toBe('KR-0004:comment');
    await page.keyboard.type('partner call');
    await page.keyboard.press('Enter');
    expect(await focusedField()).toBe('save:BUTTON');
    expect(serverCalls).toEqual(['getCheckinData']);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('result')!.textContent!.includes('saved'));
    expect(serverCalls).toEqual(['getCheckinData', 'saveCheckin']);
    expect(okrCell(wb, 'KR-0004', 'current')).toBe(3);
  });

  it('skips the cards hidden by a filter', async () => {
    await openSidebar();
    await page.locator('#owner-filter').selectOption('Léa');
    await page.getByLabel('Comment for Demo requests from landing pages').focus();
    await page.keyboard.press('Enter');
    // KR-0002 is Marc's: hidden, so Enter goes on to Léa's next KR.
    expect(await focusedField()).toBe('KR-0003:value');
  });
});

describe('a current value that cannot be read', () => {
  it('is named, quoted and escaped instead of "no progress yet", in English and French', async () => {
    const krs = (current: string): KrCells[] => [
      {
        id: 'KR-0001',
        objective: 'Grow',
        keyResult: 'Signed partners',
        owner: 'Léa',
        start: 0,
        target: 10,
        current,
      },
      { id: 'KR-0002', keyResult: 'No target yet', owner: 'Léa', start: 0, current: 2 },
    ];
    await openSidebar(krs('<img src=x onerror="window.__xss=1">'));
    await expect(card('KR-0001').locator('.status').textContent()).resolves.toBe(
      'Current value is not a number: “<img src=x onerror="window.__xss=1">”'
    );
    await expect(card('KR-0001').locator('img').count()).resolves.toBe(0);
    await expect(
      page.evaluate(() => (window as unknown as { __xss?: number }).__xss)
    ).resolves.toBeUndefined();
    await expect(card('KR-0002').locator('.status').textContent()).resolves.toBe(
      'No target: progress cannot be computed'
    );
    await page.context().close();

    await openSidebar(krs('abc'), 'fr');
    await expect(card('KR-0001').locator('.status').textContent()).resolves.toBe(
      'La valeur actuelle n’est pas un nombre : « abc »'
    );
    // Typing a number previews the progress it will give.
    await page.getByLabel('Nouvelle valeur pour Signed partners').fill('5');
    await expect(card('KR-0001').locator('.preview').textContent()).resolves.toMatch(
      /^Après enregistrement : 50\u202F% · /
    );
  });
});
