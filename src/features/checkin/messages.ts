import type { Lang } from '../../i18n/lang';
import { fillPlurals } from '../../i18n/plural';

/**
 * Every text of the check-in sidebar and the weekly review, in English and French. Shared by the server (per-KR
 * errors, summary text) and the client (labels), so both speak the same words.
 */
const EN = {
  tabCheckin: 'Check-in',
  tabReview: 'Weekly review',
  loading: 'Loading…',
  save: 'Save check-in',
  saving: 'Saving…',
  filterOwner: 'Owner',
  allOwners: 'All owners',
  onlyStale: 'Only KRs not updated this week',
  noKrs: 'No key results to show.',
  owner: 'Owner',
  current: 'Current',
  confidence: 'Confidence',
  lastCheckin: 'Last check-in',
  never: 'never',
  newValue: 'New value',
  newConfidence: 'Confidence (0–10)',
  comment: 'Comment',
  forKr: 'for',
  trend: 'Trend',
  notANumber: '“{value}” is not a number. Type a number such as 12, 1.5 or 45 %.',
  valueRequired: 'Enter a value.',
  confidenceRange: 'Confidence must be a number from 0 to 10 (you typed “{value}”).',
  krError: '{kr}: {message}',
  fixErrors: 'Fix the highlighted fields before saving.',
  nothingToSave: 'Nothing changed: edit a value, a confidence or a comment first.',
  savedCount: '{n} {n:key result|key results} saved.',
  conflict:
    '{kr}: not saved. The sheet now has {sheet}, you entered {entered}. Your entry is kept: check it and save again.',
  conflictConfidence:
    '{kr}: not saved. Its confidence in the sheet is now {sheet}, you entered {entered}. Your entry is kept: check it and save again.',
  missing: '{kr}: not saved, this key result was deleted from the sheet.',
  formulaCurrent: 'the current value is computed by a formula in the sheet; update its source instead.',
  formulaConfidence: 'the confidence is computed by a formula in the sheet; update its source instead.',
  duplicateRows:
    'this ID is on rows {rows} of the OKRs sheet (a copied row?). Clear the ID of the copy, reopen the check-in and save again.',
  commentTooLong: 'the comment has {n} characters; a cell holds at most {max}.',
  nothingSaved:
    'Nothing was saved: a check-in is saved whole or not at all. Fix what is listed below and save again.',
  badRequest: 'Nothing was saved: the check-in sent is not valid.',
  requestNotObject: 'the request is not an object (got {got}).',
  requestLang: 'lang must be "en" or "fr" (got {got}).',
  requestEntries: 'entries must be a list (got {got}).',
  entryNotObject: 'entry {n} is not an object (got {got}).',
  entryField: 'entry {n} ({id}): {field} must be {expected} (got {got}).',
  entryDuplicate: 'entries {n} and {m} both name {id}: each key result can be saved once per check-in.',
  expectText: 'text',
  expectId: 'a non-empty text',
  expectCell: 'a number or a text',
  protectedCells:
    'Nothing was saved: these cells are protected and you may not edit them: {cells}. Ask the owner of the spreadsheet for access.',
  writeFailed:
    'Nothing was saved: Google Sheets refused a write ({error}). Every cell written was put back as it was. Try again.',
  rollbackFailed:
    'Saving stopped part-way: Google Sheets refused a write ({error}) and these cells could not be put back: {cells}. Check them in the sheet.',
  lockBusy: 'Another check-in is being saved. Try again in a few seconds.',
  loadFailed: 'Could not load the key results: {message}',
  saveFailed: 'Could not save: {message}',
  reviewOverall: 'Overall progress',
  reviewSinceLastWeek: 'since last week',
  reviewObjectives: 'Objectives',
  reviewMovers: 'Moved most this week',
  reviewStale: 'No check-in for 7 days or more',
  reviewAtRisk: 'At risk (off track or confidence ≤ 3)',
  reviewActions: 'Actions',
  reviewNone: 'None.',
  copySummary: 'Copy summary',
  copied: 'Summary copied to the clipboard.',
  copyFailed: 'Could not copy; select the text below and copy it.',
  summaryTitle: 'OKR weekly review, week {week}',
  daysAgo: '{n} {n:day|days} ago',
  statusDone: 'done',
  statusOnTrack: 'on track',
  statusAtRisk: 'at risk',
  statusOffTrack: 'off track',
  statusNone: 'no progress yet',
  currentNotANumber: 'Current value is not a number: “{value}”',
  targetNotANumber: 'Target is not a number: “{value}”',
  startNotANumber: 'Start is not a number: “{value}”',
  noTarget: 'No target: progress cannot be computed',
  previewAfterSave: 'After saving:',
  keysHint: 'Enter moves to the next field; after the last one, to Save.',
  points: '{n} {n:pt|pts}',
  confidenceShort: 'confidence {n}',
  noChange: 'no change',
};

export type MessageKey = keyof typeof EN;
export type Messages = Record<MessageKey, string>;

const FR: Messages = {
  tabCheckin: 'Suivi',
  tabReview: 'Revue hebdo',
  loading: 'Chargement…',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  filterOwner: 'Responsable',
  allOwners: 'Tous les responsables',
  onlyStale: 'Seulement les RC non mis à jour cette semaine',
  noKrs: 'Aucun résultat clé à afficher.',
  owner: 'Responsable',
  current: 'Actuel',
  confidence: 'Confiance',
  lastCheckin: 'Dernier suivi',
  never: 'jamais',
  newValue: 'Nouvelle valeur',
  newConfidence: 'Confiance (0–10)',
  comment: 'Commentaire',
  forKr: 'pour',
  trend: 'Tendance',
  notANumber: '« {value} » n’est pas un nombre. Saisissez un nombre comme 12, 1,5 ou 45 %.',
  valueRequired: 'Saisissez une valeur.',
  confidenceRange: 'La confiance doit être un nombre de 0 à 10 (vous avez saisi « {value} »).',
  krError: '{kr} : {message}',
  fixErrors: 'Corrigez les champs signalés avant d’enregistrer.',
  nothingToSave: 'Rien n’a changé : modifiez une valeur, une confiance ou un commentaire.',
  savedCount: '{n} {n:résultat clé enregistré|résultats clés enregistrés}.',
  conflict:
    '{kr} : non enregistré. La feuille contient maintenant {sheet}, vous avez saisi {entered}. Votre saisie est conservée : vérifiez-la et enregistrez à nouveau.',
  conflictConfidence:
    '{kr} : non enregistré. Sa confiance dans la feuille est maintenant {sheet}, vous avez saisi {entered}. Votre saisie est conservée : vérifiez-la et enregistrez à nouveau.',
  missing: '{kr} : non enregistré, ce résultat clé a été supprimé de la feuille.',
  formulaCurrent:
    'la valeur actuelle est calculée par une formule dans la feuille ; mettez à jour sa source.',
  formulaConfidence: 'la confiance est calculée par une formule dans la feuille ; mettez à jour sa source.',
  duplicateRows:
    'cet ID est sur les lignes {rows} de la feuille OKR (une ligne copiée ?). Effacez l’ID de la copie, rouvrez le suivi et enregistrez à nouveau.',
  commentTooLong: 'le commentaire fait {n} caractères ; une cellule en contient au plus {max}.',
  nothingSaved:
    'Rien n’a été enregistré : un suivi est enregistré en entier ou pas du tout. Corrigez ce qui est listé ci-dessous et enregistrez à nouveau.',
  badRequest: 'Rien n’a été enregistré : le suivi envoyé n’est pas valide.',
  requestNotObject: 'la requête n’est pas un objet (reçu : {got}).',
  requestLang: 'lang doit valoir « en » ou « fr » (reçu : {got}).',
  requestEntries: 'entries doit être une liste (reçu : {got}).',
  entryNotObject: 'l’entrée {n} n’est pas un objet (reçu : {got}).',
  entryField: 'entrée {n} ({id}) : {field} doit être {expected} (reçu : {got}).',
  entryDuplicate:
    'les entrées {n} et {m} désignent toutes deux {id} : un résultat clé s’enregistre une fois par suivi.',
  expectText: 'un texte',
  expectId: 'un texte non vide',
  expectCell: 'un nombre ou un texte',
  protectedCells:
    'Rien n’a été enregistré : ces cellules sont protégées et vous ne pouvez pas les modifier : {cells}. Demandez l’accès au propriétaire du classeur.',
  writeFailed:
    'Rien n’a été enregistré : Google Sheets a refusé une écriture ({error}). Chaque cellule écrite a été remise comme avant. Réessayez.',
  rollbackFailed:
    'L’enregistrement s’est arrêté en cours : Google Sheets a refusé une écriture ({error}) et ces cellules n’ont pas pu être remises : {cells}. Vérifiez-les dans la feuille.',
  lockBusy: 'Un autre suivi est en cours d’enregistrement. Réessayez dans quelques secondes.',
  loadFailed: 'Impossible de charger les résultats clés : {message}',
  saveFailed: 'Enregistrement impossible : {message}',
  reviewOverall: 'Progression globale',
  reviewSinceLastWeek: 'depuis la semaine dernière',
  reviewObjectives: 'Objectifs',
  reviewMovers: 'Plus fortes évolutions de la semaine',
  reviewStale: 'Sans suivi depuis 7 jours ou plus',
  reviewAtRisk: 'À risque (en retard ou confiance ≤ 3)',
  reviewActions: 'Actions',
  reviewNone: 'Aucun.',
  copySummary: 'Copier le résumé',
  copied: 'Résumé copié dans le presse-papiers.',
  copyFailed: 'Copie impossible ; sélectionnez le texte ci-dessous et copiez-le.',
  summaryTitle: 'Revue OKR hebdomadaire, semaine {week}',
  daysAgo: 'il y a {n} {n:jour|jours}',
  statusDone: 'terminé',
  statusOnTrack: 'en bonne voie',
  statusAtRisk: 'à risque',
  statusOffTrack: 'en retard',
  statusNone: 'pas encore de progression',
  currentNotANumber: 'La valeur actuelle n’est pas un nombre : « {value} »',
  targetNotANumber: 'La cible n’est pas un nombre : « {value} »',
  startNotANumber: 'Le départ n’est pas un nombre : « {value} »',
  noTarget: 'Pas de cible : progression impossible à calculer',
  previewAfterSave: 'Après enregistrement :',
  keysHint: 'Entrée passe au champ suivant ; après le dernier, au bouton Enregistrer.',
  points: '{n} {n:pt|pts}',
  confidenceShort: 'confiance {n}',
  noChange: 'sans changement',
};

const CHECKIN_MESSAGES: Record<Lang, Messages> = { en: EN, fr: FR };

/** The text for `key` in `lang` with its {placeholders} and {count:singular|plural} choices filled. */
export function msg(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fillPlurals(lang, CHECKIN_MESSAGES[lang][key], params).replace(
    /\{(\w+)\}/g,
    (whole, name: string) => (name in params ? String(params[name]) : whole)
  );
}
