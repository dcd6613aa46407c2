import type { GridView } from '../view-types';
import { renderChart } from './chart-svg';
import { columnLetter, columnNumber } from '../../runtime/a1';
import { el } from './dom';
import { overflowWidth } from './text-overflow';

export const HEADER_HEIGHT = 24;
export const ROW_HEADER_WIDTH = 46;
const DEFAULT_ROW_HEIGHT = 21;

export function a1Of(row: number, column: number): string {
  return `${columnLetter(column + 1)}${row + 1}`;
}

/** 'B14' -> { row: 13, col: 1 } (0-based), or null for anything that is not one cell. */
export function positionOfA1(a1: string): { row: number; col: number } | null {
  const match = /^([A-Z]{1,3})([1-9]\d*)$/.exec(a1);
  if (!match) return null;
  return { row: Number(match[2]) - 1, col: columnNumber(match[1]) - 1 };
}

function rowHeight(view: GridView, r: number): number {
  return view.rowHeights[r] || DEFAULT_ROW_HEIGHT;
}

/**
 * Draws a sheet as a table: column letters and row numbers stay in view (sticky), and so do frozen rows and
 * columns, as in Sheets. Each cell carries data-a1; all sheet text goes in through textContent.
 */
export function renderGrid(view: GridView, locale = 'en_US'): HTMLElement {
  const wrapper = el('div', { class: 'grid-canvas' });
  const table = el('table', { id: 'grid', role: 'grid', 'aria-label': view.name });
  const colgroup = el('colgroup');
  colgroup.append(el('col', { style: `width:${ROW_HEADER_WIDTH}px` }));
  const lefts: number[] = [];
  let left = ROW_HEADER_WIDTH;
  for (let c = 0; c < view.columnCount; c++) {
    lefts.push(left);
    const width = view.columnWidths[c] || 100;
    left += width;
    colgroup.append(el('col', { style: `width:${width}px` }));
  }
  table.style.width = `${left}px`;
  table.append(colgroup);

  const head = el('thead');
  const headRow = el('tr', { style: `height:${HEADER_HEIGHT}px` });
  headRow.append(el('th', { class: 'corner' }));
  for (let c = 0; c < view.columnCount; c++) {
    const th = el('th', { class: 'col-header', scope: 'col' }, columnLetter(c + 1));
    if (c < view.frozenColumns) {
      th.classList.add('frozen-col');
      th.style.left = `${lefts[c]}px`;
    }
    if (c === view.frozenColumns - 1) th.classList.add('freeze-edge-col');
    headRow.append(th);
  }
  head.append(headRow);
  table.append(head);

  const body = el('tbody');
  const tops: number[] = [];
  let top = HEADER_HEIGHT;
  for (let r = 0; r < view.rowCount; r++) {
    tops.push(top);
    const height = rowHeight(view, r);
    top += height;
    const tr = el('tr', { style: `height:${height}px` });
    const frozenRow = r < view.frozenRows;
    const rowHeader = el('th', { class: 'row-header', scope: 'row' }, String(r + 1));
    if (frozenRow) {
      rowHeader.classList.add('frozen-row');
      rowHeader.style.top = `${tops[r]}px`;
    }
    tr.append(rowHeader);
    for (let c = 0; c < view.columnCount; c++) {
      const cell = view.cells[r]?.[c] ?? null;
      const td = el('td', { 'data-a1': a1Of(r, c), 'data-row': String(r), 'data-col': String(c) });
      const content = el('div', { class: 'cell' }, cell?.t ?? '');
      td.append(content);
      if (cell) {
        if (cell.bg) td.style.background = cell.bg;
        if (cell.color) td.style.color = cell.color;
        if (cell.bold) td.style.fontWeight = 'bold';
        if (cell.italic) td.style.fontStyle = 'italic';
        if (cell.align) td.style.textAlign = cell.align;
        if (cell.valign) td.style.verticalAlign = cell.valign;
        if (cell.wrap) td.classList.add('wrap');
        if (cell.t.startsWith('#') && /^#[A-Z/0]+[!?]?$/.test(cell.t)) td.classList.add('error');
        if (cell.tip) {
          td.dataset.tip = cell.tip;
          td.classList.add('has-tip');
        }
        const spill = overflowWidth(view, r, c);
        if (spill > (view.columnWidths[c] || 100)) {
          td.classList.add('overflow');
          content.style.width = `${spill - 7}px`;
        }
      }
      if (frozenRow) {
        td.classList.add('frozen-row');
        td.style.top = `${tops[r]}px`;
      }
      if (c < view.frozenColumns) {
        td.classList.add('frozen-col');
        td.style.left = `${lefts[c]}px`;
      }
      if (r === view.frozenRows - 1) td.classList.add('freeze-edge-row');
      if (c === view.frozenColumns - 1) td.classList.add('freeze-edge-col');
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);
  wrapper.append(table);

  for (const chart of view.charts) {
    const box = el('div', { class: 'chart-box' });
    box.style.left = `${lefts[chart.column - 1] ?? ROW_HEADER_WIDTH}px`;
    box.style.top = `${tops[chart.row - 1] ?? HEADER_HEIGHT}px`;
    box.append(renderChart(chart, locale));
    wrapper.append(box);
  }
  return wrapper;
}
