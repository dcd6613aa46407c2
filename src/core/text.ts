/** Lower case, no accents, single spaces, hyphens and underscores read as spaces: for matching typed words. */
export function normalizeWord(value: unknown): string {
  return String(value ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-_\s]+/g, ' ')
    .trim();
}

/** A cell Sheets shows as empty: '', null, undefined or only spaces. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** True for Date objects, including those made in another realm (a vm context, as the local runtime uses). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A Date that holds a time (a date cell), not an Invalid Date. */
export function isValidDate(value: unknown): value is Date {
  return isDate(value) && !Number.isNaN(value.getTime());
}

/** The local calendar day of a date as ISO text, `2026-03-31`: what crosses google.script.run and sorts as text. */
export function isoDay(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'Invalid Date';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
