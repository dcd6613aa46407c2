import type { Lang } from '../i18n/lang';
import { escapeHtml } from './html';
import { SHEET_NAMES } from './layout';
import { QUALITY } from './messages';
import {
  MAX_KRS_PER_OBJECTIVE,
  MAX_OBJECTIVES_PER_OWNER,
  MIN_KRS_PER_OBJECTIVE,
  type QualityFinding,
} from './quality-rules';

/** The quality dialog's content: one row per finding with a clickable cell reference (escaped sheet text). */
export function renderQualityContent(findings: readonly QualityFinding[], lang: Lang): string {
  if (findings.length === 0) return `<p class="ok">${escapeHtml(QUALITY.none[lang])}</p>`;
  const rows = findings
    .map(
      f =>
        `<tr data-rule="${escapeHtml(f.rule)}"><td><a href="#" class="cell" data-cell="${escapeHtml(f.cell)}">` +
        `${escapeHtml(f.cell)}</a></td><td>${escapeHtml(f.message)}</td><td class="why">${escapeHtml(f.why)}</td></tr>`
    )
    .join('\n');
  return (
    `<p class="intro">${escapeHtml(QUALITY.intro[lang])}</p>\n<table><thead><tr><th>${escapeHtml(QUALITY.cell[lang])}</th>` +
    `<th>${escapeHtml(QUALITY.issue[lang])}</th><th>${escapeHtml(QUALITY.why[lang])}</th></tr></thead>\n<tbody>\n${rows}\n</tbody></table>`
  );
}

const HELP: Record<Lang, (names: Record<string, string>) => string> = {
  en: n => `
<h2>Your OKR workspace</h2>
<ul>
<li><b>${n.okrs}</b>: one row per key result. Write each objective once, above its key results (a blank Objective
means "same as above"). Fill Start, Target and Current; Progress, the bar, Objective progress and Status are
computed (do not type in those columns).</li>
<li><b>${n.checkins}</b>: the history written by the weekly check-in. Do not edit it by hand.</li>
<li><b>${n.settings}</b>: the period, the "as of" date used for the pace, the default KR type and the language.</li>
<li><b>${n.dashboard}</b>: progress per objective, average progress per week, key results per status.</li>
</ul>
<h2>The method in short</h2>
<ul>
<li>At most ${MAX_OBJECTIVES_PER_OWNER} objectives per person or team, ${MIN_KRS_PER_OBJECTIVE} to ${MAX_KRS_PER_OBJECTIVE} key results each.</li>
<li>A key result is a number that changes from a start to a target, not a task. Kinds: increase, decrease, stay at
or above, stay at or below, milestone (0 or 1).</li>
<li>0.7 is success. Red below 0.4, yellow from 0.4, green from 0.7. Committed KRs are expected at 1.0,
aspirational ones at about 0.7.</li>
<li>Every week, each owner updates their key results (menu: Weekly check-in) and the team reviews them together.</li>
</ul>
<h2>Formulas you can use anywhere</h2>
<ul>
<li><code>=OKR_PROGRESS(current, target, start, kind)</code>: progress from 0 to 1.</li>
<li><code>=OKR_ROLLUP(objectives, progress, weights)</code>: the progress of each objective.</li>
<li><code>=OKR_STATUS(progress, period_start, period_end, today, locale)</code>: On track, At risk, Off track, Done.</li>
<li><code>=OKR_GRADE(progress, aspirational, locale)</code>: Red, Yellow or Green.</li>
</ul>
<p>Something broken (a deleted header or formula)? Run <b>Install or repair template</b> again: it restores what
is missing and never changes what you typed.</p>`,
  fr: n => `
<h2>Votre espace OKR</h2>
<ul>
<li><b>${n.okrs}</b> : une ligne par résultat clé. Écrivez chaque objectif une fois, au-dessus de ses résultats
clés (un Objectif vide veut dire « le même qu'au-dessus »). Remplissez Départ, Cible et Actuel ; Progression, la
barre, Progression de l'objectif et Statut sont calculés (n'écrivez pas dans ces colonnes).</li>
<li><b>${n.checkins}</b> : l'historique écrit par le suivi hebdomadaire. Ne le modifiez pas à la main.</li>
<li><b>${n.settings}</b> : la période, la date de référence du rythme, le type de RC par défaut et la langue.</li>
<li><b>${n.dashboard}</b> : progression par objectif, progression moyenne par semaine, résultats clés par statut.</li>
</ul>
<h2>La méthode en bref</h2>
<ul>
<li>${MAX_OBJECTIVES_PER_OWNER} objectifs au plus par personne ou équipe, de ${MIN_KRS_PER_OBJECTIVE} à ${MAX_KRS_PER_OBJECTIVE} résultats clés chacun.</li>
<li>Un résultat clé est un chiffre qui passe d'un départ à une cible, pas une tâche. Types : augmenter, réduire,
rester au-dessus, rester en dessous, jalon (0 ou 1).</li>
<li>0,7 est une réussite. Rouge sous 0,4, jaune dès 0,4, vert dès 0,7. Un RC engagé est attendu à 1,0, un RC
ambitieux vers 0,7.</li>
<li>Chaque semaine, chaque responsable met à jour ses résultats clés (menu : Suivi hebdomadaire) et l'équipe en
parle ensemble.</li>
</ul>
<h2>Des formules utilisables partout</h2>
<ul>
<li><code>=OKR_PROGRESS(actuel; cible; départ; type)</code> : progression de 0 à 1.</li>
<li><code>=OKR_ROLLUP(objectifs; progressions; poids)</code> : la progression de chaque objectif.</li>
<li><code>=OKR_STATUS(progression; début; fin; date; "fr")</code> : En bonne voie, À risque, En retard, Terminé.</li>
<li><code>=OKR_GRADE(progression; ambitieux; "fr")</code> : Rouge, Jaune ou Vert.</li>
</ul>
<p>Quelque chose est cassé (un en-tête ou une formule effacés) ? Relancez <b>Installer ou réparer le modèle</b> :
il rétablit ce qui manque et ne modifie jamais ce que vous avez saisi.</p>`,
};

/** The help dialog's content, with the sheet names of the user's language. */
export function renderHelpContent(lang: Lang): string {
  const names = Object.fromEntries(Object.entries(SHEET_NAMES).map(([k, v]) => [k, escapeHtml(v[lang])]));
  return HELP[lang](names);
}
