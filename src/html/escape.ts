/** Escapes text for HTML content and attribute values. Everything from a sheet goes through this. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Marker in a dialog page (src/features/<f>/<page>.html) replaced by the dialog's rendered content. */
const CONTENT_MARKER = '<!-- @content -->';

export function fillTemplate(shell: string, content: string, lang: string): string {
  return shell.replace(CONTENT_MARKER, () => content).replace(/<html lang="[^"]*"/, `<html lang="${lang}"`);
}
