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
export const checkin: Section<typeof en.checkin> = {
  tabCheckin: 'Suivi',
  tabReview: 'Revue hebdo',
  loading: 'Chargement…',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  filterOwner: 'Responsable',
  allOwners: 'Tous les responsables',
  onlyStale: 'Seulement les RC non mis à jour cette semaine',
  noKrs: 'Aucun résultat clé à afficher.',
  current: 'Actuel',
  confidence: 'Confiance',
  lastCheckin: 'Dernier suivi',
  never: 'jamais',
  newValue: 'Nouvelle valeur',
  newConfidence: 'Confiance ({min}–{max})',
  comment: 'Commentaire',
  forKr: 'pour',
  trend: 'Tendance',
  notANumber: '« {value} » n’est pas un nombre. Saisissez un nombre comme 12, 1,5 ou 45 %.',
  valueRequired: 'Saisissez une valeur.',
  confidenceRange: 'La confiance doit être un nombre de {min} à {max} (vous avez saisi « {value} »).',
  fixErrors: 'Corrigez les champs signalés avant d’enregistrer.',
  nothingToSave: 'Rien n’a changé : modifiez une valeur, une confiance ou un commentaire.',
  savedCount: '{n} {n:résultat clé enregistré|résultats clés enregistrés}.',
  nothingSaved:
    'Rien n’a été enregistré : un suivi est enregistré en entier ou pas du tout. Corrigez ce qui est listé ci-dessous et enregistrez à nouveau.',
  loadFailed: 'Impossible de charger les résultats clés : {message}',
  saveFailed: 'Enregistrement impossible : {message}',
  reviewOverall: 'Progression globale',
  reviewSinceLastWeek: 'depuis la semaine dernière',
  reviewObjectives: 'Objectifs',
  reviewMovers: 'Plus fortes évolutions de la semaine',
  reviewStale: 'Sans suivi depuis {days} {days:jour|jours} ou plus',
  reviewAtRisk: 'À risque (en retard ou confiance ≤ {confidence})',
  reviewActions: 'Actions',
  reviewNone: 'Aucun.',
  copySummary: 'Copier le résumé',
  copied: 'Résumé copié dans le presse-papiers.',
  copyFailed: 'Copie impossible ; sélectionnez le texte ci-dessous et copiez-le.',
  summaryTitle: 'Revue OKR hebdomadaire, semaine {week}',
  daysAgo: 'il y a {n} {n:jour|jours}',
  statusNone: 'pas encore de progression',
  currentNotANumber: 'La valeur actuelle n’est pas un nombre : « {value} »',
  targetNotANumber: 'La cible n’est pas un nombre : « {value} »',
  startNotANumber: 'Le départ n’est pas un nombre : « {value} »',
  noTarget: 'Pas de cible : progression impossible à calculer',
  previewAfterSave: 'Après enregistrement :',
  keysHint: 'Entrée passe au champ suivant ; après le dernier, au bouton Enregistrer.',
  points: '{n} {n:pt|pts}',
  confidenceShort: 'confiance {n}',
};

// @section checkinSave
export const checkinSave: Section<typeof en.checkinSave> = {
  badRequest: 'Rien n’a été enregistré : le suivi envoyé n’est pas valide.',
  lockBusy: 'Un autre suivi est en cours d’enregistrement. Réessayez dans quelques secondes.',
  protectedCells:
    'Rien n’a été enregistré : ces cellules sont protégées et vous ne pouvez pas les modifier : {cells}. Demandez l’accès au propriétaire du classeur.',
  writeFailed:
    'Rien n’a été enregistré : Google Sheets a refusé une écriture ({error}). Chaque cellule écrite a été remise comme avant. Réessayez.',
  rollbackFailed:
    'L’enregistrement s’est arrêté en cours : Google Sheets a refusé une écriture ({error}) et ces cellules n’ont pas pu être remises : {cells}. Vérifiez-les dans la feuille.',
  missing: '{kr} : non enregistré, ce résultat clé a été supprimé de la feuille.',
  duplicateRows:
    'cet ID est sur les lignes {rows} de la feuille OKR (une ligne copiée ?). Effacez l’ID de la copie, rouvrez le suivi et enregistrez à nouveau.',
  commentTooLong: 'le commentaire fait {n} caractères ; une cellule en contient au plus {max}.',
  formulaCurrent:
    'la valeur actuelle est calculée par une formule dans la feuille ; mettez à jour sa source.',
  formulaConfidence: 'la confiance est calculée par une formule dans la feuille ; mettez à jour sa source.',
  krError: '{kr} : {message}',
  conflict:
    '{kr} : non enregistré. La feuille contient maintenant {sheet}, vous avez saisi {entered}. Votre saisie est conservée : vérifiez-la et enregistrez à nouveau.',
  conflictConfidence:
    '{kr} : non enregistré. Sa confiance dans la feuille est maintenant {sheet}, vous avez saisi {entered}. Votre saisie est conservée : vérifiez-la et enregistrez à nouveau.',
  requestNotObject: 'la requête n’est pas un objet (reçu : {got}).',
  requestLang: 'lang doit valoir l’une de ces valeurs : {langs} (reçu : {got}).',
  requestEntries: 'entries doit être une liste (reçu : {got}).',
  entryNotObject: 'l’entrée {n} n’est pas un objet (reçu : {got}).',
  entryField: 'entrée {n} ({id}) : {field} doit être {expected} (reçu : {got}).',
  entryDuplicate:
    'les entrées {n} et {m} désignent toutes deux {id} : un résultat clé s’enregistre une fois par suivi.',
  expectText: 'un texte',
  expectId: 'un texte non vide',
  expectCell: 'un nombre ou un texte',
};

// @section period
export const period: Section<typeof en.period> = {};

// @section install
export const install: Section<typeof en.install> = {};

// @section quality
export const quality: Section<typeof en.quality> = {};

// @section examples
export const examples: Section<typeof en.examples> = {};
