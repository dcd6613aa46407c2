import type { Lang, Localized } from '../../i18n/lang';
import { plural } from '../../i18n/plural';

/** Every text the template, its menu and its dialogs show, in English and French. */
export const MENU: Record<
  'install' | 'checkin' | 'examples' | 'quality' | 'help' | 'closePeriod' | 'reopenPeriod' | 'newPeriod',
  Localized
> = {
  install: { en: 'Install or repair template', fr: 'Installer ou réparer le modèle' },
  checkin: { en: 'Weekly check-in', fr: 'Suivi hebdomadaire' },
  examples: { en: 'Insert example OKRs', fr: "Insérer des OKR d'exemple" },
  quality: { en: 'Check OKR quality', fr: 'Vérifier la qualité des OKR' },
  help: { en: 'Help', fr: 'Aide' },
  closePeriod: { en: 'Close period…', fr: 'Clôturer la période…' },
  reopenPeriod: { en: 'Reopen last period', fr: 'Rouvrir la dernière période' },
  newPeriod: { en: 'Start a new period…', fr: 'Commencer une nouvelle période…' },
};

export const TITLES = {
  quality: { en: 'OKR quality check', fr: 'Qualité des OKR' },
  help: { en: 'OKR sheets: help', fr: 'OKR sheets : aide' },
  dashboard: { en: 'OKR dashboard', fr: 'Tableau de bord OKR' },
} satisfies Record<string, Localized>;

/** What an install or repair did, one line per kind of change; joined into the toast. */
export const REPAIR = {
  installed: { en: 'OKR template installed.', fr: 'Modèle OKR installé.' },
  nothing: {
    en: 'The OKR template is complete: nothing to repair.',
    fr: 'Le modèle OKR est complet : rien à réparer.',
  },
  repairedTitle: { en: 'OKR template repaired', fr: 'Modèle OKR réparé' },
  installedTitle: { en: 'OKR template', fr: 'Modèle OKR' },
} satisfies Record<string, Localized>;

export function sheetCreated(lang: Lang, name: string): string {
  return lang === 'fr' ? `Feuille « ${name} » créée.` : `Created the "${name}" sheet.`;
}

export function sheetBeside(lang: Lang, taken: string, name: string): string {
  return lang === 'fr'
    ? `Une feuille « ${taken} » qui n'est pas au modèle existe déjà : elle est conservée, le modèle utilise « ${name} ».`
    : `A sheet named "${taken}" that is not ours already exists: it is kept, the template uses "${name}".`;
}

export function headersRestored(lang: Lang, sheet: string, headers: string[]): string {
  const list = headers.join(', ');
  return lang === 'fr'
    ? `« ${sheet} » : en-têtes rétablis (${list}).`
    : `"${sheet}": restored headers (${list}).`;
}

/** Headers a user renamed over our columns: kept (found by metadata), said in the repair toast. */
export function headersRenamed(lang: Lang, sheet: string, renamed: { ours: string; now: string }[]): string {
  const list = renamed
    .map(r => (lang === 'fr' ? `« ${r.now} » (${r.ours})` : `"${r.now}" (${r.ours})`))
    .join(', ');
  return lang === 'fr'
    ? `« ${sheet} » : en-têtes renommés conservés, colonnes reconnues : ${list}.`
    : `"${sheet}": renamed headers kept, columns recognised: ${list}.`;
}

export function formulasRestored(lang: Lang, sheet: string, headers: string[]): string {
  const list = headers.join(', ');
  return lang === 'fr'
    ? `« ${sheet} » : formules recalculées rétablies (${list}).`
    : `"${sheet}": restored computed formulas (${list}).`;
}

export function settingsRestored(lang: Lang, labels: string[]): string {
  const list = labels.join(', ');
  return lang === 'fr' ? `Paramètres rétablis : ${list}.` : `Restored settings: ${list}.`;
}

export function idsAssigned(lang: Lang, count: number): string {
  return lang === 'fr'
    ? `${count} ${plural(lang, count, 'identifiant de résultat clé attribué', 'identifiants de résultat clé attribués')}.`
    : `Gave ${count} ${plural(lang, count, 'key result a new ID', 'key results a new ID')}.`;
}

export function blockedSpill(lang: Lang, header: string, cells: string[]): string {
  const list = cells.slice(0, 5).join(', ') + (cells.length > 5 ? '…' : '');
  return lang === 'fr'
    ? `La colonne « ${header} » est calculée : videz ${list} pour qu'elle s'affiche (rien n'a été effacé).`
    : `The "${header}" column is computed: clear ${list} so it can show (nothing was erased).`;
}

export function headlineRestored(lang: Lang, sheet: string): string {
  return lang === 'fr'
    ? `« ${sheet} » : progression globale rétablie (en-tête, à droite du tableau).`
    : `"${sheet}": restored the overall progress headline (header row, right of the table).`;
}

export function dashboardRestored(lang: Lang): string {
  return lang === 'fr' ? 'Tableau de bord rétabli.' : 'Restored the dashboard.';
}

export function chartsRestored(lang: Lang, count: number): string {
  return lang === 'fr'
    ? `${count} ${plural(lang, count, 'graphique rétabli', 'graphiques rétablis')}.`
    : `Restored ${count} ${plural(lang, count, 'chart', 'charts')}.`;
}

export const EXAMPLES = {
  inserted: {
    en: 'Example OKRs added below your rows. Replace them with your own when ready.',
    fr: "Exemples d'OKR ajoutés sous vos lignes. Remplacez-les par les vôtres quand vous voulez.",
  },
  title: { en: 'Example OKRs', fr: "OKR d'exemple" },
  again: {
    en: 'The example OKRs are already in the sheet. Add them again below your rows?',
    fr: "Les OKR d'exemple sont déjà dans la feuille. Les ajouter à nouveau sous vos lignes ?",
  },
} satisfies Record<string, Localized>;

export const QUALITY = {
  none: {
    en: 'No issue found: your OKRs follow the method.',
    fr: 'Aucun problème : vos OKR suivent la méthode.',
  },
  intro: {
    en: 'What the OKR method warns against, found in your sheet. Click a cell reference to go to it.',
    fr: 'Ce que la méthode OKR déconseille, trouvé dans votre feuille. Cliquez sur une référence pour y aller.',
  },
  close: { en: 'Close', fr: 'Fermer' },
  cell: { en: 'Cell', fr: 'Cellule' },
  subject: { en: 'Key result or objective', fr: 'Résultat clé ou objectif' },
  issue: { en: 'What is wrong', fr: 'Ce qui ne va pas' },
  why: { en: 'Why it matters', fr: 'Pourquoi' },
} satisfies Record<string, Localized>;

export const NOT_INSTALLED: Localized = {
  en: 'The OKR template is not installed yet: use "Install or repair template" in the add-on menu first.',
  fr: "Le modèle OKR n'est pas encore installé : utilisez d'abord « Installer ou réparer le modèle » dans le menu.",
};

export function confidenceHelp(lang: Lang, range: { min: number; max: number }): string {
  return lang === 'fr'
    ? `Un nombre de ${range.min} à ${range.max}`
    : `A number from ${range.min} to ${range.max}`;
}

export function weightHelp(lang: Lang): string {
  return lang === 'fr'
    ? 'Un nombre positif ou nul : le poids du résultat clé dans son objectif (vide = 1, 0 = ne compte pas)'
    : "A number of 0 or more: the key result's weight in its objective (blank = 1, 0 = left out)";
}

export function badCellReference(lang: Lang, a1: string): string {
  return lang === 'fr' ? `Référence de cellule invalide : ${a1}` : `Not a cell reference: ${a1}`;
}

export const DASHBOARD = {
  statusCounts: { en: 'Key results by status', fr: 'Résultats clés par statut' },
  perObjective: { en: 'Progress per objective', fr: 'Progression par objectif' },
  perWeek: { en: 'Overall progress per week (check-ins)', fr: 'Progression globale par semaine (suivis)' },
  objective: { en: 'Objective', fr: 'Objectif' },
  progress: { en: 'Progress', fr: 'Progression' },
  overall: { en: 'Overall progress', fr: 'Progression globale' },
  /** The headline: the figures module's overall (OKR_OVERALL), the same as the weekly review's. */
  overallNow: { en: 'Overall progress now', fr: 'Progression globale actuelle' },
  week: { en: 'Week', fr: 'Semaine' },
  count: { en: 'Key results', fr: 'Résultats clés' },
} satisfies Record<string, Localized>;
