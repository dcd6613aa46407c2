import type { Lang } from '../../i18n/lang';
import { escapeHtml } from '../../html/escape';
import { t, type Key } from '../../i18n/catalog';
import type { QualityFinding, QualityTexts } from './rules';

/** The quality dialog's content: one row per finding with a clickable cell reference (escaped sheet text). */
export function renderQualityContent(
  texts: QualityTexts,
  findings: readonly QualityFinding[],
  lang: Lang
): string {
  const say = (key: Key<QualityTexts>) => escapeHtml(t(texts, lang, key));
  if (findings.length === 0) return `<p class="ok">${say('none')}</p>`;
  const rows = findings
    .map(
      f =>
        `<tr data-rule="${escapeHtml(f.rule)}"><td><a href="#" class="cell" data-cell="${escapeHtml(f.cell)}">` +
        `${escapeHtml(f.cell)}</a></td><td class="subject">${escapeHtml(f.subject)}</td><td>${escapeHtml(f.message)}</td><td class="why">${escapeHtml(f.why)}</td></tr>`
    )
    .join('\n');
  return (
    `<p class="intro">${say('intro')}</p>\n<table><thead><tr><th>${say('cell')}</th>` +
    `<th>${say('subject')}</th><th>${say('issue')}</th><th>${say('why')}</th></tr></thead>\n<tbody>\n${rows}\n</tbody></table>`
  );
}
