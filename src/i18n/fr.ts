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
export const schema: Section<typeof en.schema> = {};

// @section functions
export const functions: Section<typeof en.functions> = {};

// @section checkin
export const checkin: Section<typeof en.checkin> = {};

// @section period
export const period: Section<typeof en.period> = {
  title: 'Clôturer la période',
  newPeriodTitle: 'Commencer une nouvelle période : clôturer la précédente',
  loading: 'Chargement…',
  loadFailed: 'Impossible de charger les résultats clés : {message}',
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
  noteRequired: 'Enseignement (obligatoire : {red} ou {yellow})',
  retro: 'Rétrospective',
  worked: 'Ce qui a marché',
  didNotWork: "Ce qui n'a pas marché",
  change: 'Ce que nous changeons',
  forKr: 'pour',
  confirm: 'Clôturer {period}',
  closing: 'Clôture…',
  cancel: 'Annuler',
  done: 'Fermer',
  fixErrors: 'Corrigez les champs signalés avant de clôturer.',
  closed:
    '{period} est clôturée : {n} {n:résultat clé|résultats clés} dans l’Historique, {carried} {carried:reporté|reportés} sur {next}. Les ' +
    'Paramètres indiquent maintenant {next}.',
  closeFailed: 'Clôture impossible, rien n’a été modifié : {message}',
  reopenFailed: 'Réouverture impossible, rien n’a été modifié : {message}',
  reopenProtectedCells:
    'Rien n’a été rouvert : ces cellules sont protégées et vous ne pouvez pas les modifier : {cells}. Demandez l’accès au propriétaire du classeur.',
  protectedCells:
    'Rien n’a été clôturé : ces cellules sont protégées et vous ne pouvez pas les modifier : {cells}. Demandez l’accès au propriétaire du classeur.',
  lockBusy: 'Quelqu’un enregistre dans ce classeur. Réessayez dans quelques secondes.',
  alreadyClosed:
    '{period} est déjà clôturée (voir l’Historique). Utilisez « Rouvrir la dernière période » pour changer ses ' +
    'notes, ou indiquez la période suivante dans les Paramètres.',
  emptyPeriod: '{period} n’a aucun résultat clé à clôturer.',
  noPeriod: 'Les Paramètres n’ont pas de nom, de début et de fin de période : remplissez-les d’abord.',
  needsRepair:
    'La feuille OKR n’a pas encore de colonne Engagement ou Reporté de : lancez d’abord « Installer ou réparer le modèle ».',
  periodChanged:
    'La période des Paramètres est devenue {period} depuis l’ouverture : fermez et rouvrez cette fenêtre.',
  notANumber: '{kr} : la valeur finale « {value} » n’est pas un nombre.',
  finalRequired: '{kr} : saisissez une valeur finale.',
  noProgress: '{kr} : sa progression ne peut pas être calculée ({message}). Corrigez d’abord sa ligne.',
  badCommitment: '{kr} : {message}.',
  noId: 'La ligne {row} ({kr}) n’a pas encore d’ID : fermez cette fenêtre et rouvrez-la.',
  duplicateId: '{kr} : cet ID est utilisé par les lignes {rows}. Donnez d’abord un ID propre à chaque RC.',
  missingKr: '{kr} : absent de la clôture (rechargez la fenêtre).',
  unknownKr: '{kr} : n’est plus dans la feuille OKR (rechargez la fenêtre).',
  statusRequired: '{kr} : choisissez un statut de clôture.',
  noteNeeded: '{kr} : une note {grade} demande un enseignement.',
  noClosedPeriod: 'Aucune période clôturée à rouvrir.',
  reopenConfirm:
    'Rouvrir {period} ? Ses résultats clés reviennent dans la feuille OKR tels qu’avant la clôture, et les ' +
    'Paramètres sur {period}. Les RC reportés sur {next} sont retirés de la feuille OKR (leurs suivis restent dans ' +
    'le journal) ; l’Historique garde ses lignes, marquées comme rouvertes.',
  reopened: '{period} est de nouveau ouverte : {n} {n:résultat clé rétabli|résultats clés rétablis}.',
  tablePerPeriod: 'Périodes clôturées : résultats clés par note',
  tablePeriod: 'Période',
  tableAchieved: 'Atteints',
  tablePerOwner: 'Par responsable, sur les périodes clôturées',
  tableOwner: 'Responsable',
  tableKrs: 'Résultats clés',
  tableMean: 'Progression moyenne',
  tableLowest: 'Progression la plus basse',
  tableHint:
    'Toujours {full} au plus bas : l’équipe vise trop bas. Moyenne très sous {expected} : elle vise trop haut.',
};

// @section install
export const install: Section<typeof en.install> = {};

// @section quality
export const quality: Section<typeof en.quality> = {};

// @section examples
export const examples: Section<typeof en.examples> = {};
