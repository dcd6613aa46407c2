import type { Lang } from '../../../i18n/lang';

/** The close dialog's own labels (the server's messages are in src/features/period/messages.ts). */
const EN = {
  loading: 'Loading…',
  intro:
    'End of {period}: grade each key result, say what you learned, decide what continues. Confirming writes History, ' +
    'carries the chosen KRs into {next} and clears the others from the OKRs sheet. "Reopen last period" undoes it.',
  finalValue: 'Final value',
  progress: 'Progress',
  grade: 'Grade',
  expected: 'expected at {n}',
  status: 'Closing status',
  note: 'Learning note',
  noteRequired: 'Learning note (required: red or yellow)',
  retro: 'Retrospective',
  worked: 'What worked',
  didNotWork: 'What did not work',
  change: 'What we change',
  confirm: 'Close {period}',
  closing: 'Closing…',
  cancel: 'Cancel',
  forKr: 'for',
  owner: 'Owner',
  fixErrors: 'Fix the highlighted fields before closing.',
  loadFailed: 'Could not load the key results: {message}',
};

type Labels = typeof EN;
export type LabelKey = keyof Labels;

const FR: Labels = {
  loading: 'Chargement…',
  intro:
    'Fin de {period} : notez chaque résultat clé, dites ce que vous en retenez, décidez de ce qui continue. ' +
    "Confirmer remplit l'Historique, reporte les RC choisis sur {next} et retire les autres de la feuille OKR. " +
    '« Rouvrir la dernière période » annule tout.',
  finalValue: 'Valeur finale',
  progress: 'Progression',
  grade: 'Note',
  expected: 'attendu à {n}',
  status: 'Statut de clôture',
  note: 'Enseignement',
  noteRequired: 'Enseignement (obligatoire : rouge ou jaune)',
  retro: 'Rétrospective',
  worked: 'Ce qui a marché',
  didNotWork: "Ce qui n'a pas marché",
  change: 'Ce que nous changeons',
  confirm: 'Clôturer {period}',
  closing: 'Clôture…',
  cancel: 'Annuler',
  forKr: 'pour',
  owner: 'Responsable',
  fixErrors: 'Corrigez les champs signalés avant de clôturer.',
  loadFailed: 'Impossible de charger les résultats clés : {message}',
};

const LABELS: Record<Lang, Labels> = { en: EN, fr: FR };

export function label(lang: Lang, key: LabelKey, params: Record<string, string | number> = {}): string {
  return LABELS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  );
}
