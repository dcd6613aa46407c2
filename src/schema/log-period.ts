import { isBlank } from '../core/text';

/**
 * The Check-ins log rows of one period (header first): rows tagged with another period are left out, so trends and
 * the weekly review never mix quarters. Untagged rows (the open period's: the close tags them) count as the current
 * one.
 */
export function logOfPeriod(
  values: readonly (readonly unknown[])[],
  periodColumn: number | undefined,
  period: string | undefined
): readonly (readonly unknown[])[] {
  const name = String(period ?? '').trim();
  if (periodColumn === undefined || name === '') return values;
  return values.filter(
    (row, r) => r === 0 || isBlank(row[periodColumn]) || String(row[periodColumn]).trim() === name
  );
}
