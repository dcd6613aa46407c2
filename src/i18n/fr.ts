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
};

// @section schema
export const schema: Section<typeof en.schema> = {
  // sheet names (a sheet is found by its metadata, whatever its name)
  'sheet.okrs': 'OKR',
  'sheet.checkins': 'Suivi hebdo',
  'sheet.settings': 'Paramètres',
  'sheet.dashboard': 'Tableau de bord',
  'sheet.history': 'Historique',
  // OKRs sheet headers
  'okrs.id': 'ID',
  'okrs.objective': 'Objectif',
  'okrs.keyResult': 'Résultat clé',
  'okrs.owner': 'Responsable',
  'okrs.kind': 'Type',
  'okrs.start': 'Départ',
  'okrs.target': 'Cible',
  'okrs.current': 'Actuel',
  'okrs.progress': 'Progression',
  'okrs.progressBar': 'Barre',
  'okrs.objectiveProgress': "Progression de l'objectif",
  'okrs.confidence': 'Confiance',
  'okrs.status': 'Statut',
  'okrs.actions': 'Actions',
  'okrs.lastCheckin': 'Dernier suivi',
  'okrs.notes': 'Notes',
  'okrs.weight': 'Poids',
  'okrs.commitment': 'Engagement',
  'okrs.carriedFrom': 'Reporté de',
  // Check-ins sheet headers
  'checkins.date': 'Date',
  'checkins.week': 'Semaine ISO',
  'checkins.krId': 'ID RC',
  'checkins.objective': 'Objectif',
  'checkins.keyResult': 'Résultat clé',
  'checkins.previous': 'Valeur précédente',
  'checkins.value': 'Nouvelle valeur',
  'checkins.progress': 'Progression',
  'checkins.confidence': 'Confiance',
  'checkins.comment': 'Commentaire',
  'checkins.author': 'Auteur',
  'checkins.period': 'Période',
  // History sheet headers
  'history.period': 'Période',
  'history.objective': 'Objectif',
  'history.krId': 'ID RC',
  'history.keyResult': 'Résultat clé',
  'history.owner': 'Responsable',
  'history.kind': 'Type',
  'history.start': 'Départ',
  'history.target': 'Cible',
  'history.finalValue': 'Valeur finale',
  'history.progress': 'Progression',
  'history.grade': 'Note',
  'history.commitment': 'Engagement',
  'history.closingStatus': 'Statut de clôture',
  'history.lastConfidence': 'Dernière confiance',
  'history.learningNote': 'Enseignement',
  'history.carriedTo': 'Reporté vers',
  'history.worked': 'Ce qui a marché',
  'history.didNotWork': "Ce qui n'a pas marché",
  'history.change': 'Ce que nous changeons',
  'history.closedBy': 'Clôturé par',
  'history.closedAt': 'Clôturé le',
  'history.reopenedAt': 'Rouvert le',
  'history.restore': 'Données de restauration',
  // Settings labels (column A) and header row
  'settings.periodName': 'Période',
  'settings.periodStart': 'Début de période',
  'settings.periodEnd': 'Fin de période',
  'settings.asOf': 'Date de référence (rythme)',
  'settings.krType': 'Type de RC par défaut',
  'settings.language': 'Langue',
  'settingsHeader.setting': 'Paramètre',
  'settingsHeader.value': 'Valeur',
  // the Language setting's value naming this language (the dropdown lists every language's)
  languageName: 'Français',
  // the default period name: the calendar quarter
  quarterName: 'T{quarter} {year}',
  // how a KR leaves the period (History, close dialog)
  'closing.achieved': 'Atteint',
  'closing.missed': 'Manqué',
  'closing.carryOver': 'Reporté',
  'closing.drop': 'Abandonné',
};

// @section functions
export const functions: Section<typeof en.functions> = {};

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
