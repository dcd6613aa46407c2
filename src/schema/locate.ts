import { normalizeWord } from '../core/text';
import { shippedLabels } from './labels-shipped';
import type { ColumnSpec } from './layout';

/**
 * Finding our columns (or Settings rows) in a header row (or column A), with no Apps Script: src/gas/column-metadata.ts
 * reads the developer metadata and hands its positions here. The metadata decides first; a key without metadata
 * (a workbook installed before it existed, or metadata lost) is found by any label it ever shipped under, in any
 * language (src/schema/labels-shipped.ts), ignoring case, accents and spacing, and never at a position the metadata
 * gave to another key, so a user column titled "Current" next to ours never takes our key.
 */

const INDEXES = new WeakMap<readonly ColumnSpec<string>[], Map<string, string>>();

/** Normalized shipped label -> key, for one table (the first key in table order wins a label two keys share). */
function labelIndex<K extends string>(specs: readonly ColumnSpec<K>[]): Map<string, K> {
  let index = INDEXES.get(specs);
  if (!index) {
    index = new Map();
    for (const spec of specs)
      for (const label of shippedLabels(spec)) {
        const text = normalizeWord(label);
        if (!index.has(text)) index.set(text, spec.key);
      }
    INDEXES.set(specs, index);
  }
  return index as Map<string, K>;
}

/** The key whose shipped label `text` is, if any. */
export function keyOfLabel<K extends string>(text: unknown, specs: readonly ColumnSpec<K>[]): K | undefined {
  const word = normalizeWord(text);
  return word ? labelIndex(specs).get(word) : undefined;
}

/** Each key's 0-based position by label alone: the first cell bearing one of its shipped labels. */
export function mapColumnsByHeader<K extends string>(
  headerRow: readonly unknown[],
  specs: readonly ColumnSpec<K>[]
): Partial<Record<K, number>> {
  const found: Partial<Record<K, number>> = {};
  headerRow.forEach((cell, index) => {
    const key = keyOfLabel(cell, specs);
    if (key !== undefined && found[key] === undefined) found[key] = index;
  });
  return found;
}

/**
 * Positions (0-based) by the metadata first (`known`), then, for the keys it did not place, by label, skipping the
 * positions the metadata already gave.
 */
export function locateByMetadataThenHeader<K extends string>(
  labels: readonly unknown[],
  specs: readonly ColumnSpec<K>[],
  known: Partial<Record<K, number>>
): Partial<Record<K, number>> {
  const found: Partial<Record<K, number>> = { ...known };
  const claimed = new Set(Object.values(known) as number[]);
  const byText = mapColumnsByHeader(
    labels.map((label, i) => (claimed.has(i) ? '' : label)),
    specs
  );
  for (const spec of specs)
    if (found[spec.key] === undefined && byText[spec.key] !== undefined) found[spec.key] = byText[spec.key];
  return found;
}

/**
 * The labels remembered positions depend on (src/gas/column-metadata.ts): up to the last label of ours. Cells
 * beyond it cannot move our columns, and one of them changes with the figures (the OKRs headline beyond the
 * table), which would otherwise send every check-in back to the metadata.
 */
export function labelSignature<K extends string>(
  labels: readonly unknown[],
  specs: readonly ColumnSpec<K>[]
): string[] {
  const texts = labels.map(label => String(label ?? '').trim());
  let end = 0;
  texts.forEach((text, i) => {
    if (keyOfLabel(text, specs) !== undefined) end = i + 1;
  });
  return texts.slice(0, end);
}

/** True when one of our labels heads two columns (or rows): two of them could swap under the same labels. */
export function hasRepeatedLabel<K extends string>(
  labels: readonly unknown[],
  specs: readonly ColumnSpec<K>[]
): boolean {
  const seen = new Set<string>();
  for (const label of labels) {
    if (keyOfLabel(label, specs) === undefined) continue;
    const text = normalizeWord(label);
    if (seen.has(text)) return true;
    seen.add(text);
  }
  return false;
}
