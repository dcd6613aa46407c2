// Embedded charts: the builder is local (not counted as Spreadsheet calls); sheets store the chart specs.
import type { RuntimeContext } from './context';
import { targetOf } from './counter';
import type { ChartData, Rect, SheetData } from './model';

type GBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

export const CHART_TYPES = [
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'LINE',
  'ORG',
  'PIE',
  'RADAR',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
];

class EmbeddedChartBuilderImpl {
  constructor(
    private readonly _ctx: RuntimeContext,
    readonly _data: ChartData
  ) {
    // asBarChart(), asLineChart(), ... keep the same builder and set the type
    for (const t of CHART_TYPES) {
      const name = `as${t.toLowerCase().replace(/(^|_)(\w)/g, (_m, _u, ch: string) => ch.toUpperCase())}Chart`;
      (this as unknown as Record<string, () => unknown>)[name] = () => {
        this._data.type = t;
        return this;
      };
    }
  }
  setChartType(type: unknown): this {
    this._data.type = String(type);
    return this;
  }
  getChartType(): string {
    return this._data.type;
  }
  addRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    const r = targetOf(range) as unknown as { _sheet: SheetData; _rect: Rect };
    this._data.ranges.push({ sheetId: r._sheet.id, rect: { ...r._rect } });
    return this;
  }
  removeRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    const r = targetOf(range) as unknown as { _sheet: SheetData; _rect: Rect };
    this._data.ranges = this._data.ranges.filter(
      x => !(x.sheetId === r._sheet.id && JSON.stringify(x.rect) === JSON.stringify(r._rect))
    );
    return this;
  }
  clearRanges(): this {
    this._data.ranges = [];
    return this;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return rangesOf(this._ctx, this._data);
  }
  setOption(option: string, value: unknown): this {
    this._data.options[option] = value === undefined ? null : JSON.parse(JSON.stringify(value));
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this._data.position = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return this;
  }
  setHiddenDimensionStrategy(strategy: unknown): this {
    this._data.hiddenDimensionStrategy = String(strategy);
    return this;
  }
  setMergeStrategy(strategy: unknown): this {
    this._data.mergeStrategy = String(strategy);
    return this;
  }
  setNumHeaders(headers: number): this {
    this._data.numHeaders = headers;
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this._data.transpose = transpose;
    return this;
  }
  // typed-builder conveniences, stored as options
  setTitle(title: string): this {
    return this.setOption('title', title);
  }
  setLegendPosition(position: unknown): this {
    return this.setOption('legend.position', String(position).toLowerCase());
  }
  setStacked(): this {
    return this.setOption('isStacked', true);
  }
  setColors(colors: string[]): this {
    return this.setOption('colors', colors);
  }
  setXAxisTitle(title: string): this {
    return this.setOption('hAxis.title', title);
  }
  setYAxisTitle(title: string): this {
    return this.setOption('vAxis.title', title);
  }
  setRange(start: number, end: number): this {
    return this.setOption('vAxis.viewWindow', { min: start, max: end });
  }
  build(): GChart {
    if (!this._data.ranges.length) throw new Error('The chart has no data ranges.');
    return chartApi(this._ctx, null, structuredClone(this._data));
  }
}

function rangesOf(ctx: RuntimeContext, data: ChartData): GoogleAppsScript.Spreadsheet.Range[] {
  return data.ranges.flatMap(r => {
    const sheet = ctx.workbook.sheetById(r.sheetId);
    return sheet ? [ctx.rangeApi(sheet, r.rect)] : [];
  });
}

class EmbeddedChartImpl {
  constructor(
    private readonly _ctx: RuntimeContext,
    private readonly _sheetId: number | null,
    readonly _data: ChartData
  ) {}
  getChartId(): number | null {
    return this._sheetId === null ? null : this._data.id;
  }
  getId(): string {
    return `u${this._data.id}`;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return rangesOf(this._ctx, this._data);
  }
  getOptions(): { get(option: string): unknown; getOrDefault(option: string): unknown } {
    const options = this._data.options;
    return { get: (o: string) => options[o] ?? null, getOrDefault: (o: string) => options[o] ?? null };
  }
  getContainerInfo(): Record<string, () => number> {
    const p = this._data.position;
    return {
      getAnchorRow: () => p.row,
      getAnchorColumn: () => p.col,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
  }
  getHiddenDimensionStrategy(): string | undefined {
    return this._data.hiddenDimensionStrategy;
  }
  getMergeStrategy(): string | undefined {
    return this._data.mergeStrategy;
  }
  getNumHeaders(): number {
    return this._data.numHeaders ?? -1;
  }
  getTransposeRowsAndColumns(): boolean {
    return Boolean(this._data.transpose);
  }
  modify(): GBuilder {
    return this._ctx.track(
      new EmbeddedChartBuilderImpl(this._ctx, structuredClone(this._data)),
      'EmbeddedChartBuilder'
    ) as unknown as GBuilder;
  }
}

export function chartApi(ctx: RuntimeContext, sheetId: number | null, data: ChartData): GChart {
  return ctx.track(new EmbeddedChartImpl(ctx, sheetId, data), 'EmbeddedChart') as unknown as GChart;
}

export function chartData(chart: GChart): ChartData {
  const impl = targetOf(chart) as unknown as { _data?: ChartData };
  if (!impl._data) throw new Error('Invalid argument: chart');
  return impl._data;
}

export function chartBuilder(ctx: RuntimeContext, sheetId: number): GBuilder {
  void sheetId;
  const data: ChartData = {
    id: 0,
    type: 'COLUMN',
    ranges: [],
    options: {},
    position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
  };
  return ctx.track(new EmbeddedChartBuilderImpl(ctx, data), 'EmbeddedChartBuilder') as unknown as GBuilder;
}
