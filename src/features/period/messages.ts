import type { Lang } from '../../i18n/lang';
import { fillPlurals } from '../../i18n/plural';

/** Every text of closing and reopening a period, in English and French: shared by the server and the dialog. */
const EN = {
  title: 'Close period',
  newPeriodTitle: 'Start a new period: close the last one',
  done: 'Close',
  closed:
    '{period} is closed: {n} {n:key result|key results} in History, {carried} carried into {next}. Settings now show {next}.',
  closeFailed: 'Closing failed, nothing was changed: {message}',
  reopenFailed: 'Reopening failed, nothing was changed: {message}',
  reopenProtectedCells:
    'Nothing was reopened: these cells are protected and you may not edit them: {cells}. Ask the owner of the spreadsheet for access.',
  protectedCells:
    'Nothing was closed: these cells are protected and you may not edit them: {cells}. Ask the owner of the spreadsheet for access.',
  lockBusy: 'Someone else is saving in this spreadsheet. Try again in a few seconds.',
  alreadyClosed:
    '{period} is already closed (see History). Use "Reopen last period" to change its grades, or set the next period in Settings.',
  emptyPeriod: '{period} has no key result to close.',
  noPeriod: 'Settings have no period name, start and end: fill them first.',
  needsRepair:
    'The OKRs sheet has no Commitment or Carried from column yet: run "Install or repair template" first.',
  periodChanged:
    'The period in Settings changed to {period} since this dialog opened: close and open it again.',
  notANumber: '{kr}: the final value “{value}” is not a number.',
  finalRequired: '{kr}: enter a final value.',
  noProgress: '{kr}: its progress cannot be computed ({message}). Fix its row first.',
  badCommitment: '{kr}: {message}.',
  noId: 'Row {row} ({kr}) has no ID yet: close this dialog and open it again.',
  duplicateId: '{kr}: the ID is used by rows {rows}. Give each key result its own ID first.',
  missingKr: '{kr}: not in the close (reload the dialog).',
  unknownKr: '{kr}: no longer in the OKRs sheet (reload the dialog).',
  statusRequired: '{kr}: choose a closing status.',
  noteNeeded: '{kr}: a {grade} grade needs a learning note.',
  noClosedPeriod: 'No closed period to reopen.',
  reopenConfirm:
    'Reopen {period}? Its key results go back to the OKRs sheet as they were before closing, and Settings back to ' +
    '{period}. The carried key results of {next} are removed from the OKRs sheet (their check-ins stay in the log); ' +
    'History keeps its rows, marked as reopened.',
  reopened: '{period} is open again: {n} {n:key result|key results} restored.',
};

type Messages = typeof EN;
export type CloseMessageKey = keyof Messages;

const FR: Messages = {
  title: 'Clôturer la période',
  newPeriodTitle: 'Commencer une nouvelle période : clôturer la précédente',
  done: 'Fermer',
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
};

const CLOSE_MESSAGES: Record<Lang, Messages> = { en: EN, fr: FR };

/** The text for `key` in `lang` with its {placeholders} filled. */
export function closeMsg(
  lang: Lang,
  key: CloseMessageKey,
  params: Record<string, string | number> = {}
): string {
  return fillPlurals(lang, CLOSE_MESSAGES[lang][key], params).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  );
}
