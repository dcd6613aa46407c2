import type { ChartView } from '../view-types';
import { chartNumberText } from './chart-numbers';
import { el, svg } from './dom';

const PALETTE = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6', '#7baaf7', '#f07b72'];
const BASE_PAD = { top: 36, right: 16, bottom: 44, left: 56 };
let PAD = BASE_PAD;

function numeric(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function label(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

let LOCALE = 'en_US';

function tickText(n: number, percent: boolean): string {
  return chartNumberText(n, percent, LOCALE);
}

/** Values between 0 and 1.5 drawn as percents: progress charts are the usual case here. */
function scale(chart: ChartView) {
  const values = chart.rows.flatMap(row => row.slice(1).map(numeric)).filter((v): v is number => v !== null);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const percent = values.length > 0 && max <= 1.5 && min >= 0;
  const top = percent ? Math.max(1, Math.ceil(max * 10) / 10) : max === min ? min + 1 : max;
  return { min, max: top, percent };
}

function frame(chart: ChartView): SVGElement {
  const root = svg('svg', {
    viewBox: `0 0 ${chart.width} ${chart.height}`,
    width: chart.width,
    height: chart.height,
    role: 'img',
    class: 'chart',
  });
  root.append(svg('title', {}, chart.title || chart.type));
  root.append(
    svg('rect', { x: 0, y: 0, width: chart.width, height: chart.height, fill: '#fff', stroke: '#dadce0' })
  );
  root.append(
    svg('text', { x: chart.width / 2, y: 22, 'text-anchor': 'middle', class: 'chart-title' }, chart.title)
  );
  return root;
}

function legend(root: SVGElement, chart: ChartView): void {
  const names = chart.headers.slice(1);
  if (names.length < 2) return;
  names.forEach((name, i) => {
    const x = PAD.left + i * 110;
    const y = chart.height - 10;
    root.append(svg('rect', { x, y: y - 9, width: 10, height: 10, fill: PALETTE[i % PALETTE.length] }));
    root.append(svg('text', { x: x + 14, y, class: 'chart-legend' }, name));
  });
}

/** Value axis: gridlines and labels, vertical (column/line charts) or horizontal (bar charts). */
function valueAxis(
  root: SVGElement,
  chart: ChartView,
  s: ReturnType<typeof scale>,
  horizontal: boolean
): void {
  const plotW = chart.width - PAD.left - PAD.right;
  const plotH = chart.height - PAD.top - PAD.bottom;
  for (let i = 0; i <= 4; i++) {
    const v = s.min + ((s.max - s.min) * i) / 4;
    if (horizontal) {
      const x = PAD.left + (plotW * i) / 4;
      root.append(svg('line', { x1: x, x2: x, y1: PAD.top, y2: PAD.top + plotH, class: 'chart-grid' }));
      root.append(
        svg(
          'text',
          { x, y: PAD.top + plotH + 14, 'text-anchor': 'middle', class: 'chart-axis' },
          tickText(v, s.percent)
        )
      );
    } else {
      const y = PAD.top + plotH - (plotH * i) / 4;
      root.append(svg('line', { x1: PAD.left, x2: PAD.left + plotW, y1: y, y2: y, class: 'chart-grid' }));
      root.append(
        svg(
          'text',
          { x: PAD.left - 6, y: y + 4, 'text-anchor': 'end', class: 'chart-axis' },
          tickText(v, s.percent)
        )
      );
    }
  }
}

function barChart(chart: ChartView, horizontal: boolean): SVGElement {
  // Horizontal bars carry their category names on the left: give them room.
  PAD = horizontal ? { ...BASE_PAD, left: Math.round(Math.min(180, chart.width * 0.38)) } : BASE_PAD;
  const root = frame(chart);
  const s = scale(chart);
  const plotW = chart.width - PAD.left - PAD.right;
  const plotH = chart.height - PAD.top - PAD.bottom;
  valueAxis(root, chart, s, horizontal);
  const series = Math.max(1, chart.headers.length - 1);
  const band = (horizontal ? plotH : plotW) / Math.max(1, chart.rows.length);
  const thickness = (band * 0.7) / series;
  const toLength = (v: number) => ((v - s.min) / (s.max - s.min)) * (horizontal ? plotW : plotH);
  chart.rows.forEach((row, r) => {
    row.slice(1).forEach((value, k) => {
      const v = numeric(value);
      if (v === null) return;
      const offset = r * band + band * 0.15 + k * thickness;
      const length = Math.max(0, toLength(v));
      const base = toLength(0);
      const attrs = horizontal
        ? {
            x: PAD.left + Math.min(base, length),
            y: PAD.top + offset,
            width: Math.abs(length - base),
            height: thickness,
          }
        : {
            x: PAD.left + offset,
            y: PAD.top + plotH - Math.max(base, length),
            width: thickness,
            height: Math.abs(length - base),
          };
      const bar = svg('rect', { ...attrs, fill: PALETTE[k % PALETTE.length] });
      bar.append(svg('title', {}, `${label(row[0])}: ${tickText(v, s.percent)}`));
      root.append(bar);
    });
    const name = label(row[0]);
    const room = horizontal ? Math.floor((PAD.left - 10) / 6) : 22;
    const short = name.length > room ? `${name.slice(0, room - 1)}…` : name;
    root.append(
      horizontal
        ? svg(
            'text',
            {
              x: PAD.left - 6,
              y: PAD.top + r * band + band / 2 + 4,
              'text-anchor': 'end',
              class: 'chart-axis',
            },
            short
          )
        : svg(
            'text',
            {
              x: PAD.left + r * band + band / 2,
              y: PAD.top + plotH + 14,
              'text-anchor': 'middle',
              class: 'chart-axis',
            },
            short
          )
    );
  });
  legend(root, chart);
  return root;
}

function lineChart(chart: ChartView): SVGElement {
  PAD = BASE_PAD;
  const root = frame(chart);
  const s = scale(chart);
  const plotW = chart.width - PAD.left - PAD.right;
  const plotH = chart.height - PAD.top - PAD.bottom;
  valueAxis(root, chart, s, false);
  const step = plotW / Math.max(1, chart.rows.length - 1);
  const x = (i: number) => PAD.left + (chart.rows.length === 1 ? plotW / 2 : i * step);
  const y = (v: number) => PAD.top + plotH - ((v - s.min) / (s.max - s.min)) * plotH;
  const labelEvery = Math.max(1, Math.ceil(chart.rows.length / 8));
  chart.rows.forEach((row, i) => {
    if (i % labelEvery === 0) {
      root.append(
        svg(
          'text',
          { x: x(i), y: PAD.top + plotH + 14, 'text-anchor': 'middle', class: 'chart-axis' },
          label(row[0])
        )
      );
    }
  });
  for (let k = 1; k < Math.max(2, chart.headers.length); k++) {
    const points = chart.rows
      .map((row, i) => [i, numeric(row[k])] as const)
      .filter((p): p is readonly [number, number] => p[1] !== null);
    const color = PALETTE[(k - 1) % PALETTE.length];
    root.append(
      svg('polyline', {
        points: points.map(([i, v]) => `${x(i)},${y(v)}`).join(' '),
        fill: 'none',
        stroke: color,
        'stroke-width': 2,
      })
    );
    for (const [i, v] of points) {
      const dot = svg('circle', { cx: x(i), cy: y(v), r: 3, fill: color });
      dot.append(svg('title', {}, `${label(chart.rows[i][0])}: ${tickText(v, s.percent)}`));
      root.append(dot);
    }
  }
  legend(root, chart);
  return root;
}

/** A chart type the preview does not draw is shown as the table of its data. */
function dataTable(chart: ChartView): HTMLElement {
  const box = el('figure', { class: 'chart chart-table' });
  box.append(el('figcaption', {}, `${chart.title || 'Chart'} (${chart.type.toLowerCase()})`));
  const table = el('table');
  const head = el('tr');
  for (const h of chart.headers) head.append(el('th', {}, h));
  table.append(head);
  for (const row of chart.rows) {
    const tr = el('tr');
    for (const v of row) tr.append(el('td', {}, label(v)));
    table.append(tr);
  }
  box.append(table);
  return box;
}

/** Draws a chart; numbers on its axes and tooltips follow the spreadsheet's locale (e.g. fr_FR: `25 %`). */
export function renderChart(chart: ChartView, locale = 'en_US'): Element {
  LOCALE = locale;
  const type = chart.type.toUpperCase();
  if (chart.rows.length === 0) return dataTable(chart);
  if (type === 'BAR') return barChart(chart, true);
  if (type === 'COLUMN') return barChart(chart, false);
  if (type === 'LINE' || type === 'AREA') return lineChart(chart);
  return dataTable(chart);
}
