// Pure helpers of the preview page (dev/preview/page): chart numbers, text overflow, A1 positions.
import { chartNumberText } from '../../../dev/preview/page/chart-numbers';
import { a1Of, positionOfA1 } from '../../../dev/preview/page/grid';
import { overflowWidth } from '../../../dev/preview/page/text-overflow';
import type { CellView, GridView } from '../../../dev/preview/view-types';

const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('chart axis numbers follow the spreadsheet locale', () => {
  test('percent axis: 25% in English, 25 % in French', () => {
    expect(chartNumberText(0.25, true, 'en_US')).toBe('25%');
    expect(nbsp(chartNumberText(0.25, true, 'fr_FR'))).toBe('25 %');
    expect(nbsp(chartNumberText(1, true, 'fr_FR'))).toBe('100 %');
  });

  test('plain numbers use the locale decimal mark', () => {
    expect(chartNumberText(1.5, false, 'en_US')).toBe('1.5');
    expect(chartNumberText(1.5, false, 'fr_FR')).toBe('1,5');
  });

  test('an unknown locale falls back to English', () => {
    expect(chartNumberText(0.5, true, 'not a locale')).toBe('50%');
  });
});

describe('text overflow into empty cells, as in Sheets', () => {
  const text = (t: string, extra: Partial<CellView> = {}): CellView => ({ t, ...extra });
  const view = (row: (CellView | null)[], frozenColumns = 0): GridView => ({
    name: 'Dashboard',
    rowCount: 1,
    columnCount: row.length,
    frozenRows: 0,
    frozenColumns,
    columnWidths: row.map((_, i) => 100 + i),
    rowHeights: [21],
    cells: [row],
    charts: [],
  });

  test('left-aligned text runs over the empty cells to its right, up to the next content', () => {
    const v = view([text('Progress per objective'), null, text(''), text('Week'), null]);
    expect(overflowWidth(v, 0, 0)).toBe(100 + 101 + 102);
    expect(overflowWidth(v, 0, 3)).toBe(103 + 104);
  });

  test('numbers, right-aligned, centred and wrapped text stay in their cell', () => {
    for (const cell of [
      text('86%', { align: 'right' }),
      text('Title', { align: 'center' }),
      text('Long text', { wrap: true }),
    ]) {
      expect(overflowWidth(view([cell, null, null]), 0, 0)).toBe(100);
    }
    expect(overflowWidth(view([text('Left', { align: 'left' }), null]), 0, 0)).toBe(201);
  });

  test('text in a frozen column does not run past the frozen edge', () => {
    expect(overflowWidth(view([text('OKR dashboard'), null, null], 2), 0, 0)).toBe(100 + 101);
  });

  test('an empty cell or a cell followed by content keeps its own width', () => {
    expect(overflowWidth(view([null, null]), 0, 0)).toBe(100);
    expect(overflowWidth(view([text('Key results by status'), text('Key results')]), 0, 0)).toBe(100);
  });
});

describe('A1 positions', () => {
  test.each([
    ['A1', 0, 0],
    ['D3', 2, 3],
    ['Z10', 9, 25],
    ['AA1', 0, 26],
    ['AB200', 199, 27],
  ])('%s is row %d, column %d and back', (a1, row, col) => {
    expect(positionOfA1(a1)).toEqual({ row, col });
    expect(a1Of(row, col)).toBe(a1);
  });

  test('anything but one cell is refused', () => {
    for (const bad of ['', 'A0', 'a1', 'A1:B2', 'OKRs!A1', '1A']) expect(positionOfA1(bad)).toBeNull();
  });
});
