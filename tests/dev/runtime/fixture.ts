// A tiny dist/ for runtime tests: custom functions, a menu, server functions and an HTML template.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRuntime } from '../../../dev/runtime';
import type { Runtime, RuntimeOptions } from '../../../dev/runtime';

const CODE = `
/**
 * Describes how Sheets passed its argument.
 * @param {any} value Anything.
 * @return {string} The argument's kind and value.
 * @customfunction
 */
function DESCRIBE(value) {
  if (Array.isArray(value)) {
    return value.map(function (row) {
      return row.map(function (v) { return v instanceof Date ? 'date:' + v.toISOString().slice(0, 10) : typeof v + ':' + v; }).join(',');
    }).join('|');
  }
  return value instanceof Date ? 'date:' + value.toISOString().slice(0, 10) : typeof value + ':' + value;
}

/**
 * Doubles each number of a column; blanks stay blank.
 * @param {number[][]} values A column.
 * @return {number[][]} The doubled column.
 * @customfunction
 */
function DOUBLE_ALL(values) {
  if (!Array.isArray(values)) return values === '' ? '' : values * 2;
  return values.map(function (row) { return [row[0] === '' ? '' : row[0] * 2]; });
}

/**
 * Always fails.
 * @param {string} message The error message.
 * @return {number} Never.
 * @customfunction
 */
function FAIL_WITH(message) {
  throw new Error(message);
}

function onOpen(e) {
  var menu = SpreadsheetApp.getUi().createAddonMenu().addItem('Write hello', 'writeHello').addSeparator();
  if (e && e.authMode !== ScriptApp.AuthMode.NONE) menu.addItem('Only with access', 'writeHello');
  menu.addToUi();
}

function writeHello() {
  SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue('hello');
}

function readA1() {
  return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue();
}

function echo(value) {
  return value;
}

function today() {
  return new Date();
}

function isDateHere(value) {
  return value instanceof Date;
}

function showPage(name) {
  var t = HtmlService.createTemplateFromFile('page');
  t.name = name;
  t.items = ['a', 'b'];
  SpreadsheetApp.getUi().showSidebar(t.evaluate().setTitle('Page'));
}

function failing() {
  throw new Error('Server says no');
}
`;

const PAGE = `<h1>Hello <?= name ?></h1><div><?!= name ?></div><ul><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?></ul><p><?= DESCRIBE(1) ?></p>`;

export function fixtureDist(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-runtime-'));
  fs.writeFileSync(path.join(dir, 'Code.js'), CODE);
  fs.writeFileSync(path.join(dir, 'page.html'), PAGE);
  fs.writeFileSync(path.join(dir, 'appsscript.json'), JSON.stringify({ timeZone: 'Europe/Paris' }));
  return dir;
}

let shared: string | null = null;

export function fixtureRuntime(options: RuntimeOptions = {}): Runtime {
  shared ??= fixtureDist();
  return createRuntime({ distDir: shared, ...options });
}
