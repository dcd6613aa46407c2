// End to end: the real `npm start` server (as child processes, one English, one French) driven by headless
// Chromium, the way a user plays the weekly loop, and every way the preview must behave like Sheets, at 1280×720
// and 1400×900. Needs a built dist/ (jest's globalSetup builds it). Takes the README screenshots (EN and FR).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import { CHECKIN_COLUMNS, OKR_COLUMNS } from '../../../src/schema/layout';
import { t } from '../../../src/i18n/catalog';
import { INSTALL } from '../../../src/i18n/sections';
import { launchChromium } from '../../support/chromium';
import { columnLetter } from '../../../src/schema/a1';
import { columnLabel, sheetName } from '../../../src/i18n/schema-labels';

const ROOT = path.resolve(__dirname, '../../..');
const SCREENSHOTS = {
  en: {
    preview: path.join(ROOT, 'docs/preview.png'),
    checkin: path.join(ROOT, 'docs/checkin.png'),
    dashboard: path.join(ROOT, 'docs/dashboard.png'),
  },
  fr: {
    preview: path.join(ROOT, 'docs/preview-fr.png'),
    checkin: path.join(ROOT, 'docs/checkin-fr.png'),
    dashboard: path.join(ROOT, 'docs/dashboard-fr.png'),
  },
};
const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1400, height: 900 },
];
const WIDE = VIEWPORTS[1];

type Lang = 'en' | 'fr';

interface Server {
  proc: ChildProcess;
  url: string;
  file: string;
  output: () => string;
}

const running = new Set<ChildProcess>();
// Whatever happens to jest, no server outlives it.
process.once('exit', () => running.forEach(proc => proc.kill('SIGKILL')));

function startServer(file: string, locale: string): Promise<Server> {
  const proc = spawn(process.execPath, ['dev/run-ts.mjs', 'dev/preview/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', OKR_PREVIEW_FILE: file, OKR_LOCALE: locale },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(proc);
  proc.once('exit', () => running.delete(proc));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`server did not start in 30 s:\n${output}`));
    }, 30000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match && /workbook: .*\n/.test(output)) {
        clearTimeout(timer);
        resolve({ proc, url: match[0], file, output: () => output });
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.on('exit', code => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

function stopServer(server: Server | undefined): Promise<void> {
  if (!server || server.proc.exitCode !== null || server.proc.signalCode !== null) return Promise.resolve();
  return new Promise(resolve => {
    const force = setTimeout(() => server.proc.kill('SIGKILL'), 5000);
    server.proc.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    server.proc.kill('SIGTERM');
  });
}

declare function rowsWith(column: string, text: string): number[];

const cell = (page: Page, a1: string) => page.locator(`#grid td[data-a1="${a1}"]`);

async function cellText(page: Page, a1: string): Promise<string> {
  return ((await cell(page, a1).textContent()) ?? '').trim();
}

async function waitForCell(page: Page, a1: string, pattern: RegExp): Promise<void> {
  await page.waitForFunction(
    ([ref, source]) =>
      new RegExp(source).test(
        document.querySelector(`#grid td[data-a1="${ref}"]`)?.textContent?.trim() ?? ''
      ),
    [a1, pattern.source]
  );
}

/** Row 1 of the shown sheet: header text -> column letter. */
async function headerLetters(page: Page): Promise<Record<string, string>> {
  const texts = await page.locator('#grid tbody tr:first-child td').allTextContents();
  return Object.fromEntries(texts.map((t, i) => [t.trim(), columnLetter(i)]));
}

/** Waits for the page's requests to finish and fails with the message of any error the page shows. */
async function settle(page: Page): Promise<void> {
  await page.waitForSelector('#busy', { state: 'hidden' });
  const errors = await page.locator('.notice-error').allInnerTexts();
  if (errors.length) throw new Error(`the preview shows an error: ${errors.join(' | ')}`);
}

async function clickMenu(page: Page, caption: string): Promise<void> {
  await page.click('#menu-extensions');
  await page.getByRole('menuitem', { name: caption, exact: true }).click();
}

async function runMenu(page: Page, caption: string): Promise<void> {
  await clickMenu(page, caption);
  await settle(page);
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.waitForSelector(`#tabs [aria-selected="true"]:text-is("${name}")`);
  await page.waitForSelector(`#grid[aria-label="${name}"]`);
}

/** Types into a cell as a user does: select it, type, Enter. */
async function typeInto(page: Page, a1: string, text: string): Promise<void> {
  await cell(page, a1).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await settle(page);
}

/**
 * The OKRs headline (header row, beyond the table) is readable in full: its text runs over the empty cells to its
 * right and nothing is drawn over its last characters. Returns its text.
 */
async function visibleHeadline(page: Page, pattern: RegExp): Promise<string> {
  const found = await page.evaluate(source => {
    const re = new RegExp(source);
    const td = Array.from(document.querySelectorAll<HTMLElement>('#grid td[data-row="0"]')).find(t =>
      re.test(t.textContent ?? '')
    );
    if (!td) return { text: '', covered: 'no headline' };
    td.scrollIntoView({ block: 'nearest', inline: 'center' });
    const range = document.createRange();
    range.selectNodeContents(td.querySelector('.cell')!);
    const box = range.getBoundingClientRect();
    const hit = document.elementFromPoint(box.right - 2, box.top + box.height / 2);
    return {
      text: td.textContent!.trim(),
      covered:
        hit?.closest('td') === td ? '' : `covered by ${hit?.closest('td')?.dataset.a1 ?? hit?.tagName}`,
    };
  }, pattern.source);
  expect(found.covered).toBe('');
  return found.text;
}

async function clearNotices(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('#notices .notice').forEach(n => n.remove()));
}

async function noticeText(page: Page, pattern: RegExp): Promise<string> {
  const notice = page.locator('#notices .notice').filter({ hasText: pattern }).last();
  await notice.waitFor();
  return notice.innerText();
}

/** Hovers a cell and returns the tooltip the page shows. */
async function tipOf(page: Page, a1: string): Promise<string> {
  await page.mouse.move(0, 0);
  await cell(page, a1).hover();
  await page.waitForSelector('#cell-tip:not([hidden])');
  return page.locator('#cell-tip').innerText();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function parseNumber(text: string): number {
  return Number(text.replace(/[,\s\u202f\u00a0]/g, '').replace(/%$/, ''));
}

const header = (key: string, lang: Lang = 'en') =>
  columnLabel(
    lang,
    OKR_COLUMNS.find(c => c.key === key)!
  );
const checkinHeader = (key: string) =>
  columnLabel(
    'en',
    CHECKIN_COLUMNS.find(c => c.key === key)!
  );

function post(server: Server, endpoint: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(server.url + endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** A fresh workbook with the template and its examples, set up through the API as a tab of its own would. */
async function freshWorkbook(server: Server, lang: Lang): Promise<void> {
  const setup = { 'x-okr-client': 'setup' };
  for (const [endpoint, body] of [
    ['api/reset', {}],
    ['api/menu', { caption: t(INSTALL, lang, 'menuInstall') }],
    ['api/activate', { sheet: sheetName(lang, 'okrs') }],
    ['api/menu', { caption: t(INSTALL, lang, 'menuExamples') }],
  ] as const) {
    const response = await post(server, endpoint, body, setup);
    if (!response.ok) throw new Error(`${endpoint}: ${await response.text()}`);
  }
}

describe('local preview (npm start) in Chromium', () => {
  let dir: string;
  const servers: Partial<Record<Lang, Server>> = {};
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  async function newPage(viewport = WIDE): Promise<Page> {
    const context = await browser!.newContext({ viewport });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(30000);
    page.on('dialog', dialog => void dialog.accept());
    // rowsWith(column, text): the row numbers of the shown sheet whose cell in that column holds exactly text.
    await page.addInitScript(() => {
      (window as unknown as { rowsWith: unknown }).rowsWith = (column: string, text: string) =>
        Array.from(document.querySelectorAll<HTMLElement>(`#grid td[data-a1^="${column}"]`))
          .filter(td => new RegExp(`^${column}\\d+$`).test(td.dataset.a1!) && td.textContent?.trim() === text)
          .map(td => Number(td.dataset.a1!.slice(column.length)));
    });
    return page;
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-preview-'));
    // Started side by side; whatever did start is kept so afterAll closes it even when another part failed.
    const [en, fr, chromium] = await Promise.allSettled([
      startServer(path.join(dir, 'en.json'), 'en_US'),
      startServer(path.join(dir, 'fr.json'), 'fr_FR'),
      launchChromium(),
    ]);
    if (en.status === 'fulfilled') servers.en = en.value;
    if (fr.status === 'fulfilled') servers.fr = fr.value;
    if (chromium.status === 'fulfilled') browser = chromium.value;
    const failed = [en, fr, chromium].find(r => r.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
  }, 90000);

  afterAll(async () => {
    await Promise.allSettled(contexts.map(c => c.close()));
    await browser?.close();
    await Promise.all([stopServer(servers.en), stopServer(servers.fr)]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('prints its URL on loopback, the workbook file and its locale, and saves a new workbook', () => {
    const en = servers.en!;
    expect(en.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(en.output()).toContain(`workbook: ${en.file} (new, locale en_US)`);
    expect(servers.fr!.output()).toContain(`workbook: ${servers.fr!.file} (new, locale fr_FR)`);
    expect(fs.existsSync(en.file)).toBe(true);
  });

  test('bad requests get 4xx answers with a JSON error', async () => {
    const server = servers.en!;
    const url = server.url;
    const raw = (endpoint: string, body: string, headers: Record<string, string> = {}) =>
      fetch(url + endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
    const expectError = async (response: Response, status: number, message: RegExp) => {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      expect(((await response.json()) as { error: string }).error).toMatch(message);
    };
    await expectError(await raw('api/cell', '{"sheet":'), 400, /bad JSON/);
    await expectError(await raw('api/cell', '[1]'), 400, /JSON object/);
    await expectError(await post(server, 'api/cell', { sheet: 'Nope', a1: 'A1', input: '1' }), 404, /Nope/);
    await expectError(await post(server, 'api/menu', { caption: 'Format my disk' }), 404, /Format my disk/);
    await expectError(await post(server, 'api/run', { functionName: 'eval', args: ['1'] }), 404, /eval/);
    await expectError(await post(server, 'api/run', { functionName: 'a b', args: [] }), 400, /functionName/);
    await expectError(
      await post(server, 'api/menu', { caption: 'Help', selection: { sheet: 'OKRs', a1: 'A1:B2' } }),
      400,
      /selection/
    );
    await expectError(
      await post(server, 'api/menu', { caption: 'Help', answers: [{ button: 'MAYBE' }] }),
      400,
      /button/
    );
    await expectError(await post(server, 'api/state', {}, { 'x-okr-client': '../x' }), 400, /tab id/);
    await expectError(await raw('api/cell', 'x', { 'content-type': 'text/plain' }), 415, /JSON/);
    await expectError(await raw('api/reset', '{}', { origin: 'http://evil.example' }), 403, /evil\.example/);
    await expectError(await fetch(`${url}html/sidebar-999`), 404, /sidebar-999/);
    await expectError(await fetch(`${url}api/nothing`), 404, /no such endpoint/);

    const state = (await (await fetch(`${url}api/state`)).json()) as { sheets: string[] };
    await expectError(
      await post(server, 'api/cell', { sheet: state.sheets[0], a1: 'A1:B2', input: '1' }),
      400,
      /one cell/
    );
  });

  test('concurrent edits are applied one at a time and all kept', async () => {
    const server = servers.en!;
    const state = (await (await fetch(`${server.url}api/state`)).json()) as { sheets: string[] };
    const sheet = state.sheets[0];
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        post(server, 'api/cell', { sheet, a1: `Z${i + 1}`, input: String(i + 1) })
      )
    );
    expect(responses.map(r => r.status)).toEqual(Array(8).fill(200));
    const last = (await (await fetch(`${server.url}api/state`)).json()) as {
      view: { cells: ({ t: string } | null)[][] };
    };
    const z = Array.from({ length: 8 }, (_, i) => last.view.cells[i]?.[25]?.t);
    expect(z).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    await post(server, 'api/reset', {});
  });

  test('the weekly loop in English: install, examples, edit, check-in, restart, export; README screenshots', async () => {
    const okrs = sheetName('en', 'okrs');
    const checkins = sheetName('en', 'checkins');
    const page = await newPage();
    await page.goto(servers.en!.url);
    await page.waitForSelector('#grid');

    // Install the template and the examples from the add-on menu.
    await runMenu(page, t(INSTALL, 'en', 'menuInstall'));
    await page.getByRole('tab', { name: okrs, exact: true }).waitFor();
    await openTab(page, okrs);
    await runMenu(page, t(INSTALL, 'en', 'menuExamples'));
    await waitForCell(page, 'A2', /^KR-\d+$/);

    // Edit a Current value in the grid; Progress recomputes.
    const cols = await headerLetters(page);
    const [start, target, current, progress, kind] = ['start', 'target', 'current', 'progress', 'kind'].map(
      k => cols[header(k)]
    );
    expect([start, target, current, progress, kind].every(Boolean)).toBe(true);
    let row = 2;
    while (row < 40 && (await cellText(page, `${kind}${row}`)).toLowerCase() !== 'increase') row++;
    const krId = await cellText(page, `A${row}`);
    const krText = await cellText(page, `${cols[header('keyResult')]}${row}`);
    const startValue = parseNumber(await cellText(page, `${start}${row}`));
    const targetValue = parseNumber(await cellText(page, `${target}${row}`));
    const halfway = startValue + (targetValue - startValue) / 2;
    await typeInto(page, `${current}${row}`, String(halfway));
    await waitForCell(page, `${progress}${row}`, /^50(\.0+)?\s?%$/);
    expect(await cellText(page, `${current}${row}`)).toBe(halfway.toLocaleString('en-US'));

    // The README screenshot: the installed template with its examples, no toast over it; zoomed out (the page's
    // own zoom control, as in Sheets) to show the computed columns up to Status.
    await cell(page, `${cols[header('keyResult')]}2`).click();
    await clearNotices(page);
    fs.mkdirSync(path.dirname(SCREENSHOTS.en.preview), { recursive: true });
    await page.selectOption('#zoom', '0.8');
    await page.screenshot({ path: SCREENSHOTS.en.preview });
    expect(await visibleHeadline(page, /overall: \d+%$/)).toMatch(/^Q\d \d{4} overall: \d+%$/);
    await page.evaluate(() => document.getElementById('grid-scroll')!.scrollTo(0, 0));
    await page.selectOption('#zoom', '1');

    // Weekly check-in in the sidebar: change the KR's value, comment with double quotes, save.
    await runMenu(page, t(INSTALL, 'en', 'menuCheckin'));
    await page.waitForSelector('#sidebar:not([hidden])');
    expect((await page.locator('#sidebar-frame').boundingBox())!.width).toBe(300);
    const sidebar: FrameLocator = page.frameLocator('#sidebar-frame');
    const checkinValue = Math.round(halfway + 1);
    const comment = 'Shipped the "demo" page';
    const valueInput: Locator = sidebar.getByRole('textbox', {
      name: new RegExp(`^New value\\b.*${escapeRegExp(krText)}`),
    });
    await valueInput.waitFor();
    expect(parseNumber(await valueInput.inputValue())).toBe(halfway);
    await valueInput.fill(String(checkinValue));
    await sidebar
      .getByRole('textbox', { name: new RegExp(`^Comment\\b.*${escapeRegExp(krText)}`) })
      .fill(comment);
    // The second README screenshot: the check-in sidebar beside the sheet, a value being entered.
    await clearNotices(page);
    await valueInput.focus();
    await page.screenshot({ path: SCREENSHOTS.en.checkin });
    await sidebar.getByRole('button', { name: /Save check-in/ }).click();
    await page.waitForFunction(
      ([a1, value]) => document.querySelector(`#grid td[data-a1="${a1}"]`)?.textContent?.trim() === value,
      [`${current}${row}`, checkinValue.toLocaleString('en-US')]
    );
    await page.click('#sidebar-close');
    await page.waitForSelector('#sidebar', { state: 'hidden' });

    // The third README screenshot: the Dashboard after that check-in (overall, status counts, charts).
    await openTab(page, sheetName('en', 'dashboard'));
    await waitForCell(page, 'B2', /^\d+%$/);
    await clearNotices(page);
    await page.selectOption('#zoom', '0.8');
    await page.screenshot({ path: SCREENSHOTS.en.dashboard });
    await page.selectOption('#zoom', '1');

    // The log row appears on the Check-ins tab; its comment (a text-formatted cell) keeps its double quotes.
    await openTab(page, checkins);
    const logCols = await headerLetters(page);
    const krIdColumn = logCols[checkinHeader('krId')];
    await page.waitForFunction(([column, id]) => rowsWith(column, id).length > 0, [
      krIdColumn,
      krId,
    ] as const);
    const logRows = await page.evaluate(([column, id]) => rowsWith(column, id), [krIdColumn, krId] as const);
    expect(logRows).toHaveLength(1);
    const logRow = logRows[0];
    expect(parseNumber(await cellText(page, `${logCols[checkinHeader('value')]}${logRow}`))).toBe(
      checkinValue
    );
    expect(parseNumber(await cellText(page, `${logCols[checkinHeader('previous')]}${logRow}`))).toBe(halfway);
    expect(await cellText(page, `${logCols[checkinHeader('comment')]}${logRow}`)).toBe(comment);

    // Restart the server on the same file: everything is still there.
    await stopServer(servers.en);
    servers.en = await startServer(servers.en!.file, 'en_US');
    expect(servers.en.output()).toMatch(/\(restored, locale en_US\)/);
    await page.goto(servers.en.url);
    await page.waitForSelector('#grid');
    await openTab(page, okrs);
    expect(await cellText(page, `A${row}`)).toBe(krId);
    expect(parseNumber(await cellText(page, `${current}${row}`))).toBe(checkinValue);

    // Export .xlsx (the page's own link) and read it back: the workbook, not a dump.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    expect(workbook.worksheets.map(w => w.name)).toEqual(
      expect.arrayContaining([okrs, checkins, sheetName('en', 'settings'), sheetName('en', 'dashboard')])
    );
    const okrSheet = workbook.getWorksheet(okrs)!;
    expect(okrSheet.getCell(`A${row}`).value).toBe(krId);
    expect(okrSheet.getCell(`${current}${row}`).value).toBe(checkinValue);
    const progressCell = okrSheet.getCell(`${progress}${row}`);
    expect(progressCell.formula).toBeUndefined();
    expect(progressCell.value).toBeCloseTo((checkinValue - startValue) / (targetValue - startValue), 6);
    expect(progressCell.numFmt).toMatch(/%/);
    expect(okrSheet.getCell('A1').font?.bold).toBe(true);
    expect(okrSheet.views[0]).toMatchObject({ state: 'frozen' });
    expect(okrSheet.getCell(`${kind}${row}`).dataValidation?.type).toBe('list');
    const log = workbook.getWorksheet(checkins)!;
    expect(log.getCell(`${logCols[checkinHeader('comment')]}${logRow}`).value).toBe(comment);
    expect(log.getCell(`${logCols[checkinHeader('date')]}${logRow}`).value).toBeInstanceOf(Date);
  }, 120000);

  test('the weekly loop in French: a French workbook, dates read dd/MM/yyyy; README screenshots', async () => {
    const server = servers.fr!;
    const page = await newPage();
    await page.goto(server.url);
    await page.waitForSelector('#grid');
    expect(await page.locator('#file-info').innerText()).toContain('fr_FR');
    await runMenu(page, t(INSTALL, 'fr', 'menuInstall'));
    await openTab(page, sheetName('fr', 'okrs'));
    await runMenu(page, t(INSTALL, 'fr', 'menuExamples'));
    await waitForCell(page, 'A2', /^KR-\d+$/);
    const cols = await headerLetters(page);
    expect(cols[header('status', 'fr')]).toBeTruthy();

    // 3/4/2026 is the 3rd of April in French (dd/MM/yyyy), and a formula typed with ; works.
    await typeInto(page, 'R2', '3/4/2026');
    await typeInto(page, 'R3', '=MONTH(R2)');
    expect(await cellText(page, 'R2')).toBe('03/04/2026');
    expect(await cellText(page, 'R3')).toBe('4');
    await typeInto(page, 'R4', '=ROUND(1,25;1)');
    expect(await cellText(page, 'R4')).toBe('1,3');
    for (const a1 of ['R2', 'R3', 'R4']) {
      await cell(page, a1).click();
      await page.keyboard.press('Delete');
      await settle(page);
    }

    await cell(page, `${cols[header('keyResult', 'fr')]}2`).click();
    await clearNotices(page);
    await page.selectOption('#zoom', '0.8');
    await page.screenshot({ path: SCREENSHOTS.fr.preview });
    expect(await visibleHeadline(page, /globale\s:\s\d+\s?%$/)).toMatch(
      /^T\d\s\d{4},\sprogression\sglobale\s:\s\d+\s?%$/
    );
    await page.evaluate(() => document.getElementById('grid-scroll')!.scrollTo(0, 0));
    await page.selectOption('#zoom', '1');

    await runMenu(page, t(INSTALL, 'fr', 'menuCheckin'));
    await page.waitForSelector('#sidebar:not([hidden])');
    const sidebar = page.frameLocator('#sidebar-frame');
    const valueInput = sidebar.getByRole('textbox', { name: /^Nouvelle valeur\b/ }).first();
    await valueInput.waitFor();
    await valueInput.fill('136');
    await clearNotices(page);
    await valueInput.focus();
    await page.screenshot({ path: SCREENSHOTS.fr.checkin });

    // Saved, the check-in shows on the Dashboard (its weekly series): the French Dashboard screenshot.
    await sidebar.getByRole('button', { name: /^Enregistrer/ }).click();
    await waitForCell(page, `${cols[header('current', 'fr')]}2`, /^136$/);
    await page.click('#sidebar-close');
    await page.waitForSelector('#sidebar', { state: 'hidden' });
    await openTab(page, sheetName('fr', 'dashboard'));
    await waitForCell(page, 'B2', /^\d+\s?%$/);
    await waitForCell(page, 'E11', /^\d+\s?%$/);
    await clearNotices(page);
    await page.selectOption('#zoom', '0.8');
    await page.screenshot({ path: SCREENSHOTS.fr.dashboard });
    await page.selectOption('#zoom', '1');
  }, 90000);

  describe.each(VIEWPORTS)('behaves like Sheets at $width×$height', viewport => {
    const lang: Lang = 'en';
    const okrs = sheetName(lang, 'okrs');
    let page: Page;
    let cols: Record<string, string>;

    beforeAll(async () => {
      await freshWorkbook(servers.en!, lang);
      page = await newPage(viewport);
      await page.goto(servers.en!.url);
      await openTab(page, okrs);
      cols = await headerLetters(page);
    }, 60000);

    afterAll(() => page?.context().close());

    test('the sidebar leaves the grid usable: Status is reachable beside it, Save is on screen', async () => {
      await runMenu(page, t(INSTALL, lang, 'menuCheckin'));
      await page.waitForSelector('#sidebar:not([hidden])');
      // the sidebar has loaded its KRs (and the page has redrawn after that call)
      await page
        .frameLocator('#sidebar-frame')
        .getByRole('textbox', { name: /^New value\b/ })
        .first()
        .waitFor();
      await settle(page);
      const status = cols[header('status')];
      await cell(page, `${status}2`).click();
      // one look inside the page (a redraw between two calls would detach the cell): bring Status 2 into view
      // as the keyboard does, then check it sits left of the sidebar and that nothing covers its centre
      const seen = await page.evaluate(a1 => {
        const td = document.querySelector<HTMLElement>(`#grid td[data-a1="${a1}"]`)!;
        td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        const box = td.getBoundingClientRect();
        const sidebar = document.getElementById('sidebar')!.getBoundingClientRect();
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return {
          right: box.right,
          sidebarLeft: sidebar.left,
          hit: hit?.closest<HTMLElement>('td')?.dataset.a1,
        };
      }, `${status}2`);
      expect(seen.right).toBeLessThanOrEqual(seen.sidebarLeft + 1);
      expect(seen.hit).toBe(`${status}2`);
      const save = page.frameLocator('#sidebar-frame').getByRole('button', { name: /Save check-in/ });
      const saveBox = (await save.boundingBox())!;
      expect(saveBox.y + saveBox.height).toBeLessThanOrEqual(viewport.height);
      // the grid keeps most of the width
      const grid = (await page.locator('#grid-scroll').boundingBox())!;
      expect(grid.width).toBeGreaterThanOrEqual(viewport.width - 320);
    });

    test('each browser tab has its own sidebar: a second tab opening the check-in leaves the first one alone', async () => {
      const sidebar = page.frameLocator('#sidebar-frame');
      const firstInput = sidebar.getByRole('textbox', { name: /^New value\b/ }).first();
      await firstInput.fill('4242');
      const src = await page.locator('#sidebar-frame').getAttribute('src');

      const other = await page.context().newPage();
      try {
        await other.goto(servers.en!.url);
        await other.waitForSelector('#grid');
        await expect(other.locator('#sidebar').isHidden()).resolves.toBe(true);
        await runMenu(other, t(INSTALL, lang, 'menuCheckin'));
        await other.waitForSelector('#sidebar:not([hidden])');
        expect(await other.locator('#sidebar-frame').getAttribute('src')).not.toBe(src);
      } finally {
        await other.close();
      }
      // the first tab redraws (any request does) and keeps its sidebar and what was typed
      await typeInto(page, 'R2', 'x');
      expect(await page.locator('#sidebar-frame').getAttribute('src')).toBe(src);
      expect(await firstInput.inputValue()).toBe('4242');
      await page.click('#sidebar-close');
      await page.waitForSelector('#sidebar', { state: 'hidden' });
    });

    test('"Add them again?" has Yes and No, and the answer is honoured', async () => {
      const idColumn = 'A';
      const count = async () =>
        (await page.locator(`#grid td[data-a1^="${idColumn}"]`).allTextContents()).filter(t =>
          /^KR-\d+$/.test(t.trim())
        ).length;
      const before = await count();
      await clickMenu(page, t(INSTALL, lang, 'menuExamples'));
      const question = page.getByRole('alertdialog');
      await question.waitFor();
      expect(await question.innerText()).toMatch(/again/i);
      expect(await question.getByRole('button').allInnerTexts()).toEqual(
        expect.arrayContaining(['Yes', 'No'])
      );
      await question.getByRole('button', { name: 'No', exact: true }).click();
      await settle(page);
      expect(await count()).toBe(before);

      await clickMenu(page, t(INSTALL, lang, 'menuExamples'));
      await question.waitFor();
      await question.getByRole('button', { name: 'Yes', exact: true }).click();
      await settle(page);
      await page.waitForFunction(
        ([n]) =>
          Array.from(document.querySelectorAll('#grid td[data-a1^="A"]')).filter(td =>
            /^KR-\d+$/.test(td.textContent?.trim() ?? '')
          ).length > n,
        [before]
      );
      expect(await count()).toBe(2 * before);
    });

    test('a value typed into a computed column: #REF! with its reason on hover, repair names it, clearing recovers', async () => {
      const progress = cols[header('progress')];
      const before = await cellText(page, `${progress}4`);
      await typeInto(page, `${progress}4`, '0.5');
      await waitForCell(page, `${progress}1`, /^#REF!$/);
      expect(await tipOf(page, `${progress}1`)).toContain(`overwrite data in ${progress}4`);
      await clearNotices(page);
      await runMenu(page, t(INSTALL, lang, 'menuInstall'));
      expect(await noticeText(page, new RegExp(`${progress}4`))).toMatch(/clear/i);

      await cell(page, `${progress}4`).click();
      await page.keyboard.press('Delete');
      await settle(page);
      await waitForCell(page, `${progress}1`, new RegExp(`^${header('progress')}$`));
      expect(await cellText(page, `${progress}4`)).toBe(before);
      await clearNotices(page);
      await runMenu(page, t(INSTALL, lang, 'menuInstall'));
      expect(await noticeText(page, /nothing to repair/)).toBeTruthy();
    });

    test('typed input: the apostrophe forces text, dates follow the locale, #ERROR! explains itself on hover', async () => {
      await typeInto(page, 'R2', "'=1+1");
      await typeInto(page, 'R3', "'007");
      await typeInto(page, 'R4', '3/4/2026');
      await typeInto(page, 'R5', '=MONTH(R4)');
      await typeInto(page, 'R6', '=OKR_PROGRESS("abc", 10)');
      expect(await cellText(page, 'R2')).toBe('=1+1');
      expect(await cellText(page, 'R3')).toBe('007');
      expect(await cellText(page, 'R4')).toBe('3/4/2026');
      expect(await cellText(page, 'R5')).toBe('3');
      expect(await cellText(page, 'R6')).toBe('#ERROR!');
      await cell(page, 'R3').click();
      expect(await page.locator('#formula-input').inputValue()).toBe("'007");
      expect(await tipOf(page, 'R6')).toMatch(/'abc' is not a number/);
      // editing the text cell again keeps it text
      await cell(page, 'R2').dblclick();
      await page.keyboard.press('Enter');
      await settle(page);
      expect(await cellText(page, 'R2')).toBe('=1+1');
    });

    test('quality check: a cell link in the dialog selects that cell in the grid', async () => {
      const flagged = `${cols[header('owner')]}3`;
      // A KR without an owner is a finding of the quality check.
      await cell(page, flagged).click();
      await page.keyboard.press('Delete');
      await settle(page);
      await cell(page, 'A2').click();
      await runMenu(page, t(INSTALL, lang, 'menuQuality'));
      await page.waitForSelector('#dialog-backdrop:not([hidden])');
      const link = page.frameLocator('#dialog-frame').locator(`a[data-cell$="!${flagged}"]`);
      expect(await link.evaluate(a => getComputedStyle(a).cursor)).toBe('pointer');
      await link.click();
      await page.waitForFunction(a1 => document.getElementById('name-box')?.textContent === a1, flagged);
      expect(await cell(page, flagged).evaluate(td => td.classList.contains('selected'))).toBe(true);
      await page.click('#dialog-close');
      await page.waitForSelector('#dialog-backdrop', { state: 'hidden' });
    });

    test('each sheet tab keeps its own scroll', async () => {
      const scroller = page.locator('#grid-scroll');
      await scroller.evaluate(el => (el.scrollLeft = 400));
      const kept = await scroller.evaluate(el => el.scrollLeft);
      expect(kept).toBeGreaterThan(0);
      await openTab(page, sheetName(lang, 'checkins'));
      expect(await scroller.evaluate(el => el.scrollLeft)).toBe(0);
      await openTab(page, okrs);
      expect(await scroller.evaluate(el => el.scrollLeft)).toBe(kept);
    });
  });
});
