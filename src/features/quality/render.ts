import type { Lang } from '../../i18n/lang';
import { escapeHtml } from '../../html/escape';
import { QUALITY } from '../install/messages';
import type { QualityFinding } from './rules';

/** The quality dialog's content: one row per finding with a clickable cell reference (escaped sheet text). */
export function renderQualityContent(findings: readonly QualityFinding[], lang: Lang): string {
  if (findings.length === 0) return `<p class="ok">${escapeHtml(QUALITY.none[lang])}</p>`;
  const rows = findings
    .map(
      f =>
        `<tr data-rule="${escapeHtml(f.rule)}"><td><a href="#" class="cell" data-cell="${escapeHtml(f.cell)}">` +
        `${escapeHtml(f.cell)}</a></td><td class="subject">${escapeHtml(f.subject)}</td><td>${escapeHtml(f.message)}</td><td class="why">${escapeHtml(f.why)}</td></tr>`
    )
    .join('\n');
  return (
    `<p class="intro">${escapeHtml(QUALITY.intro[lang])}</p>\n<table><thead><tr><th>${escapeHtml(QUALITY.cell[lang])}</th>` +
    `<th>${escapeHtml(QUALITY.subject[lang])}</th><th>${escapeHtml(QUALITY.issue[lang])}</th><th>${escapeHtml(QUALITY.why[lang])}</th></tr></thead>\n<tbody>\n${rows}\n</tbody></table>`
  );
}
