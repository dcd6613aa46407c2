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
