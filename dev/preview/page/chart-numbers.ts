/** 'fr_FR' (Apps Script's spelling) -> 'fr-FR' (a BCP 47 tag Intl understands); unknown tags fall back to en-US. */
function languageTag(locale: string): string {
  const tag = locale.replace(/_/g, '-');
  try {
    return Intl.NumberFormat.supportedLocalesOf(tag).length ? tag : 'en-US';
  } catch {
    return 'en-US';
  }
}

/** An axis or tooltip number in the spreadsheet's locale: `25%` / `1.5` in English, `25 %` / `1,5` in French. */
export function chartNumberText(n: number, percent: boolean, locale: string): string {
  const format = new Intl.NumberFormat(
    languageTag(locale),
    percent ? { style: 'percent', maximumFractionDigits: 0 } : { maximumSignificantDigits: 3 }
  );
  return format.format(n);
}
