// End to end: the real `npm start` server (as a child process) driven by headless Chromium, the way a user plays
// the weekly loop. Needs a built dist/ (npm run build), as npm test and npm start do.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { CHECKIN_COLUMNS, OKR_COLUMNS, SHEET_NAMES } from '../../src/template/layout';
import { launchChromium } from '../support/chromium';
import { columnLetter } from '../../src/template/formulas';

const ROOT = path.resolve(__dirname, '../..');
const SCREENSHOT = path.join(ROOT, 'docs/preview.png');
const CHECKIN_SCREENSHOT = path.join(ROOT, 'docs/checkin.png');

interface Server {
  proc: ChildProcess;
  url: string;
  output: () => string;
}

function startServer(file: string): Promise<Server> {
  const proc = spawn(process.execPath, ['dev/run-ts.mjs', 'dev/preview/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', OKR_PREVIEW_FILE: file, OKR_LOCALE: 'en_US' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 30 s:\n${output}`)), 30000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match && /workbook: .*\n/.test(output)) {
        clearTimeout(timer);
        resolve({ proc, url: match[0], output: () => output });
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
  if (!server || server.proc.exitCode !== null) return Promise.resolve();
  return new Promise(resolve => {
    server.proc.once('exit', () => resolve());
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

async function runMenu(page: Page, caption: string): Promise<void> {
  await page.click('#menu-extensions');
  await page.getByRole('menuitem', { name: caption, exact: true }).click();
  await settle(page);
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.waitForSelector(`#tabs [aria-selected="true"]:text-is("${name}")`);
  await page.waitForSelector(`#grid[aria-label="${name}"]`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function parseNumber(text: string): number {
  return Number(text.replace(/[,\s]/g, ''));
}

const header = (key: string) => OKR_COLUMNS.find(c => c.key === key)!.header.en;
const checkinHeader = (key: string) => CHECKIN_COLUMNS.find(c => c.key === key)!.header.en;

describe('local preview (npm start) in Chromium', () => {
  let dir: string;
  let file: string;
  let server: Server | undefined;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-preview-'));
    file = path.join(dir, 'workbook.json');
    [server, browser] = await Promise.all([startServer(file), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('dialog', dialog => void dialog.accept());
    // rowsWith(column, text): the row numbers of the shown sheet whose cell in that column holds exactly text.
    await page.addInitScript(() => {
      (window as unknown as { rowsWith: unknown }).rowsWith = (column: string, text: string) =>
        Array.from(document.querySelectorAll<HTMLElement>(`#grid td[data-a1^="${column}"]`))
          .filter(td => new RegExp(`^${column}\\d+$`).test(td.dataset.a1!) && td.textContent?.trim() === text)
          .map(td => Number(td.dataset.a1!.slice(column.length)));
    });
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('prints its URL on loopback and the workbook path, and saves a new workbook', () => {
    expect(server!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server!.output()).toContain(file);
    expect(fs.existsSync(file)).toBe(true);
  });

  test('bad requests get 4xx answers with a JSON error', async () => {
    const url = server!.url;
    const post = (endpoint: string, body: string, headers: Record<string, string> = {}) =>
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
    await expectError(await post('api/cell', '{"sheet":'), 400, /bad JSON/);
    await expectError(await post('api/cell', '[1]'), 400, /JSON object/);
    await expectError(
      await post('api/cell', JSON.stringify({ sheet: 'Nope', a1: 'A1', input: '1' })),
      404,
      /Nope/
    );
    await expectError(
      await post('api/menu', JSON.stringify({ caption: 'Format my disk' })),
      404,
      /Format my disk/
    );
    await expectError(
      await post('api/run', JSON.stringify({ functionName: 'eval', args: ['1'] })),
      404,
      /eval/
    );
    await expectError(
      await post('api/run', JSON.stringify({ functionName: 'a b', args: [] })),
      400,
      /functionName/
    );
    await expectError(
      await post('api/menu', JSON.stringify({ caption: 'Help', selection: { sheet: 'OKRs', a1: 'A1:B2' } })),
      400,
      /selection/
    );
    await expectError(await post('api/cell', 'x', { 'content-type': 'text/plain' }), 415, /JSON/);
    await expectError(await post('api/reset', '{}', { origin: 'http://evil.example' }), 403, /evil\.example/);
    await expectError(await fetch(`${url}html/sidebar-999`), 404, /sidebar-999/);
    await expectError(await fetch(`${url}api/nothing`), 404, /no such endpoint/);

    const state = (await (await fetch(`${url}api/state`)).json()) as { sheets: string[] };
    await expectError(
      await post('api/cell', JSON.stringify({ sheet: state.sheets[0], a1: 'A1:B2', input: '1' })),
      400,
      /one cell/
    );
  });

  test('concurrent edits are applied one at a time and all kept', async () => {
    const url = server!.url;
    const state = (await (await fetch(`${url}api/state`)).json()) as { sheets: string[] };
    const sheet = state.sheets[0];
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        fetch(`${url}api/cell`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ sheet, a1: `Z${i + 1}`, input: String(i + 1) }),
        })
      )
    );
    expect(responses.map(r => r.status)).toEqual(Array(8).fill(200));
    const last = (await (await fetch(`${url}api/state`)).json()) as {
      view: { cells: ({ t: string } | null)[][] };
    };
    const z = Array.from({ length: 8 }, (_, i) => last.view.cells[i]?.[25]?.t);
    expect(z).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    await fetch(`${url}api/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
  });

  test('the weekly loop: install, examples, edit, check-in, restart, export', async () => {
    const okrs = SHEET_NAMES.okrs.en;
    const checkins = SHEET_NAMES.checkins.en;
    await page.goto(server!.url);
    await page.waitForSelector('#grid');

    // Install the template and the examples from the add-on menu.
    await runMenu(page, 'Install or repair template');
    await page.getByRole('tab', { name: okrs, exact: true }).waitFor();
    await openTab(page, okrs);
    await runMenu(page, 'Insert example OKRs');
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
    const progressBefore = await cellText(page, `${progress}${row}`);
    const halfway = startValue + (targetValue - startValue) / 2;
    await cell(page, `${current}${row}`).click();
    await page.keyboard.type(String(halfway));
    await page.keyboard.press('Enter');
    await settle(page);
    await page.waitForFunction(
      ([a1, before]) => document.querySelector(`#grid td[data-a1="${a1}"]`)?.textContent?.trim() !== before,
      [`${progress}${row}`, progressBefore]
    );
    expect(await cellText(page, `${current}${row}`)).toBe(halfway.toLocaleString('en-US'));
    expect(await cellText(page, `${progress}${row}`)).toMatch(/^50(\.0+)?\s?%$/);
    await page.locator('#formula-input').waitFor();

    // The screenshot for the README: the installed template with its examples.
    // Zoomed out (the page's own zoom control, as in Sheets) to show the computed columns too; no toast over it.
    await page.selectOption('#zoom', '0.8');
    await cell(page, `${cols[header('keyResult')]}2`).click();
    await page.evaluate(() => document.querySelectorAll('#notices .notice').forEach(n => n.remove()));
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    await page.selectOption('#zoom', '1');

    // Weekly check-in in the sidebar: change the KR's value and save.
    await runMenu(page, 'Weekly check-in');
    await page.waitForSelector('#sidebar:not([hidden])');
    expect((await page.locator('#sidebar-frame').boundingBox())!.width).toBe(300);
    const sidebar: FrameLocator = page.frameLocator('#sidebar-frame');
    const checkinValue = Math.round(halfway + 1);
    const valueInput: Locator = sidebar.getByRole('textbox', {
      name: new RegExp(`^New value\\b.*${escapeRegExp(krText)}`),
    });
    await valueInput.waitFor();
    expect(parseNumber(await valueInput.inputValue())).toBe(halfway);
    await valueInput.fill(String(checkinValue));
    // The second README screenshot: the check-in sidebar beside the sheet, a value being entered.
    await page.evaluate(() => document.querySelectorAll('#notices .notice').forEach(n => n.remove()));
    await page.screenshot({ path: CHECKIN_SCREENSHOT });
    await sidebar.getByRole('button', { name: /Save check-in/ }).click();
    await page.waitForFunction(
      ([a1, value]) => document.querySelector(`#grid td[data-a1="${a1}"]`)?.textContent?.trim() === value,
      [`${current}${row}`, checkinValue.toLocaleString('en-US')]
    );

    await page.click('#sidebar-close');
    await page.waitForSelector('#sidebar', { state: 'hidden' });

    // The log row appears on the Check-ins tab, and the OKRs sheet has the new value.
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

    // Restart the server on the same file: everything is still there.
    await stopServer(server);
    server = await startServer(file);
    expect(server.output()).toMatch(/restored/);
    await page.goto(server.url);
    await page.waitForSelector('#grid');
    await openTab(page, okrs);
    expect(await cellText(page, `A${row}`)).toBe(krId);
    expect(parseNumber(await cellText(page, `${current}${row}`))).toBe(checkinValue);
    await openTab(page, checkins);
    expect(await page.evaluate(([column, id]) => rowsWith(column, id), [krIdColumn, krId] as const)).toEqual(
      logRows
    );

    // Export .xlsx and read it back.
    const response = await fetch(`${server.url}api/export.xlsx`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheetNames = workbook.worksheets.map(w => w.name);
    expect(sheetNames).toEqual(
      expect.arrayContaining([okrs, checkins, SHEET_NAMES.settings.en, SHEET_NAMES.dashboard.en])
    );
    const okrSheet = workbook.getWorksheet(okrs)!;
    const col = (letter: string) => okrSheet.getColumn(letter);
    expect(okrSheet.getCell(`A${row}`).value).toBe(krId);
    expect(okrSheet.getCell(`${current}${row}`).value).toBe(checkinValue);
    const progressCell = okrSheet.getCell(`${progress}${row}`);
    expect(typeof progressCell.value === 'number' ? progressCell.value : progressCell.result).toBeCloseTo(
      (checkinValue - startValue) / (targetValue - startValue),
      6
    );
    expect(progressCell.numFmt).toMatch(/%/);
    expect(okrSheet.getCell('A1').font?.bold).toBe(true);
    expect(okrSheet.views[0]).toMatchObject({ state: 'frozen' });
    expect(col(current).width).toBeGreaterThan(0);
    const logSheet = workbook.getWorksheet(checkins)!;
    const logValues = logSheet.getSheetValues().flat();
    expect(logValues).toContain(krId);
  }, 120000);

  test('quality check: a cell link in the dialog selects that cell in the grid', async () => {
    await page.goto(server!.url);
    await page.waitForSelector('#grid');
    await openTab(page, SHEET_NAMES.okrs.en);
    const owner = (await headerLetters(page))[header('owner')];
    const flagged = `${owner}3`;
    // A KR without an owner is a finding of the quality check.
    await cell(page, flagged).click();
    await page.keyboard.press('Delete');
    await settle(page);
    await cell(page, 'A2').click();
    expect(await page.locator('#name-box').textContent()).toBe('A2');

    await runMenu(page, 'Check OKR quality');
    await page.waitForSelector('#dialog-backdrop:not([hidden])');
    const link = page.frameLocator('#dialog-frame').locator(`a[data-cell$="!${flagged}"]`);
    expect(await link.evaluate(a => getComputedStyle(a).cursor)).toBe('pointer');
    await link.click();
    await page.waitForFunction(a1 => document.getElementById('name-box')?.textContent === a1, flagged);
    expect(await cell(page, flagged).evaluate(td => td.classList.contains('selected'))).toBe(true);
    expect(await cell(page, 'A2').evaluate(td => td.classList.contains('selected'))).toBe(false);
    await page.click('#dialog-close');
    await page.waitForSelector('#dialog-backdrop', { state: 'hidden' });
  }, 60000);
});
