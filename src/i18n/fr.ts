import type * as en from './en';
import type { Texts } from './catalog';

/** Every French text, section by section; each is typed by the English section's keys (see catalog.ts). */
type Section<S> = Texts<Extract<keyof S, string>>;

// @section core
export const core: Section<typeof en.core> = {
  statusDone: 'Terminé',
  statusOnTrack: 'En bonne voie',
  statusAtRisk: 'À risque',
  statusOffTrack: 'En retard',
  gradeRed: 'Rouge',
  gradeYellow: 'Jaune',
  gradeGreen: 'Vert',
  commitmentAspirational: 'Ambitieux',
  commitmentCommitted: 'Engagé',
  kindIncrease: 'Augmenter',
  kindDecrease: 'Réduire',
  kindStayAbove: 'Rester au-dessus',
  kindStayBelow: 'Rester en dessous',
  kindMilestone: 'Jalon',
  shownText: '{text}',
  notANumber: "{input} n'est pas un nombre",
  notADate: "{input} n'est pas une date (écrivez 31/03/2026 ou 2026-03-31)",
  notACommitment: "{input} n'est ni ambitieux ni engagé (utilisez VRAI, FAUX, Ambitieux ou Engagé)",
  notAKind: "{input} n'est pas un type de résultat clé (utilisez {kinds})",
  notAnIsoWeek: "{input} n'est pas une semaine ISO (comme 2026-W05)",
  negativeWeight: 'Un poids ne peut pas être négatif ({weight})',
  targetEmpty: 'La cible est vide',
  targetEmptyGive: 'La cible est vide : indiquez la valeur à atteindre',
  notInScale:
    "Actuel : {current} n'est pas à l'échelle du départ et de la cible ({range}) ; saisissez {fix}{hint}",
  notAPercentHint: ' (un nombre, pas un pourcentage)',
  periodStartEmpty: 'Le début de période est vide',
  periodEndEmpty: 'La fin de période est vide',
  periodEndsBeforeStart: 'La période se termine avant de commencer',
  noFinalValue: 'pas de valeur finale',
  incompleteObjective: 'Incomplet : {n} {n:résultat clé a|résultats clés ont} une erreur ou pas de cible',
  incompleteOverall: 'Incomplet : {n} {n:objectif a|objectifs ont} un résultat clé en erreur ou sans cible',
  argCurrent: 'actuel',
  argTarget: 'cible',
  argStart: 'départ',
  argKind: 'type',
};

// @section schema
export const schema: Section<typeof en.schema> = {};

// @section functions
export const functions: Section<typeof en.functions> = {
  objectives: 'objectifs',
  progress: 'progression',
  weights: 'poids',
  aspirational: 'ambitieux',
  periodStart: 'début de période',
  periodEnd: 'fin de période',
  today: "aujourd'hui",
  weeks: 'semaines',
  logWeeks: 'semaines du journal',
  logIds: 'ID du journal',
  logProgress: 'progression du journal',
  keys: 'clés',
  historyKeys: "clés de l'historique",
  historyValues: "valeurs de l'historique",
  logRow: '{name} (ligne {n} de la plage)',
  notOneColumn: '{name} doit tenir dans une seule colonne, pas {n}',
  heightsDiffer:
    '{a} a {n} {n:ligne|lignes} mais {b} a {m} {m:ligne|lignes} : donnez des plages de même hauteur',
  notAMeasure:
    "Mesure : {input} n'est pas une mesure (utilisez moyenne, nombre, min, max ou un libellé comme {green})",
  headline: 'Progression globale : {figure}',
  headlineNamed: '{name}, progression globale : {figure}',
  noProgressYet: 'pas encore de progression',
};

// @section checkin
export const checkin: Section<typeof en.checkin> = {};

// @section period
export const period: Section<typeof en.period> = {};

// @section install
export const install: Section<typeof en.install> = {};

// @section quality
export const quality: Section<typeof en.quality> = {};

// @section examples
export const examples: Section<typeof en.examples> = {};
