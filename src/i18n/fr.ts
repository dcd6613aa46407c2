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
export const checkin: Section<typeof en.checkin> = {
  current: 'Actuel',
  confidence: 'Confiance',
  lastCheckin: 'Dernier suivi',
  never: 'jamais',
  comment: 'Commentaire',
  notANumber: '« {value} » n’est pas un nombre. Saisissez un nombre comme 12, 1,5 ou 45 %.',
  valueRequired: 'Saisissez une valeur.',
  confidenceRange: 'La confiance doit être un nombre de {min} à {max} (vous avez saisi « {value} »).',
  reviewOverall: 'Progression globale',
  reviewSinceLastWeek: 'depuis la semaine dernière',
  reviewObjectives: 'Objectifs',
  reviewMovers: 'Plus fortes évolutions de la semaine',
  reviewStale: 'Sans suivi depuis {days} {days:jour|jours} ou plus',
  reviewAtRisk: 'À risque (en retard ou confiance ≤ {confidence})',
  reviewActions: 'Actions',
  reviewNone: 'Aucun.',
  summaryTitle: 'Revue OKR hebdomadaire, semaine {week}',
  daysAgo: 'il y a {n} {n:jour|jours}',
  statusNone: 'pas encore de progression',
  currentNotANumber: 'La valeur actuelle n’est pas un nombre : « {value} »',
  targetNotANumber: 'La cible n’est pas un nombre : « {value} »',
  startNotANumber: 'Le départ n’est pas un nombre : « {value} »',
  noTarget: 'Pas de cible : progression impossible à calculer',
  points: '{n} {n:pt|pts}',
  confidenceShort: 'confiance {n}',
};

// @section sidebar: the check-in sidebar's own labels (only the sidebar's page carries them)
export const sidebar: Section<typeof en.sidebar> = {
  tabCheckin: 'Suivi',
  tabReview: 'Revue hebdo',
  loading: 'Chargement…',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  filterOwner: 'Responsable',
  allOwners: 'Tous les responsables',
  onlyStale: 'Seulement les RC non mis à jour cette semaine',
  noKrs: 'Aucun résultat clé à afficher.',
  newValue: 'Nouvelle valeur',
  newConfidence: 'Confiance ({min}–{max})',
  forKr: 'pour',
  trend: 'Tendance',
  fixErrors: 'Corrigez les champs signalés avant d’enregistrer.',
  nothingToSave: 'Rien n’a changé : modifiez une valeur, une confiance ou un commentaire.',
  savedCount: '{n} {n:résultat clé enregistré|résultats clés enregistrés}.',
  nothingSaved:
    'Rien n’a été enregistré : un suivi est enregistré en entier ou pas du tout. Corrigez ce qui est listé ci-dessous et enregistrez à nouveau.',
  loadFailed: 'Impossible de charger les résultats clés : {message}',
  saveFailed: 'Enregistrement impossible : {message}',
  copySummary: 'Copier le résumé',
  copied: 'Résumé copié dans le presse-papiers.',
  copyFailed: 'Copie impossible ; sélectionnez le texte ci-dessous et copiez-le.',
  previewAfterSave: 'Après enregistrement :',
  keysHint: 'Entrée passe au champ suivant ; après le dernier, au bouton Enregistrer.',
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
    'cet ID est sur les lignes {rows} de la feuille « {okrs} » (une ligne copiée ?). Effacez l’ID de la copie, rouvrez le suivi et enregistrez à nouveau.',
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
export const period: Section<typeof en.period> = {
  title: 'Clôturer la période',
  newPeriodTitle: 'Commencer une nouvelle période : clôturer la précédente',
  closed:
    '{period} est clôturée : {n} {n:résultat clé|résultats clés} dans la feuille « {history} », {carried} ' +
    '{carried:reporté|reportés} sur {next}. La feuille « {settings} » indique maintenant {next}.',
  closeFailed: 'Clôture impossible, rien n’a été modifié : {message}',
  reopenFailed: 'Réouverture impossible, rien n’a été modifié : {message}',
  reopenProtectedCells:
    'Rien n’a été rouvert : ces cellules sont protégées et vous ne pouvez pas les modifier : {cells}. Demandez l’accès au propriétaire du classeur.',
  protectedCells:
    'Rien n’a été clôturé : ces cellules sont protégées et vous ne pouvez pas les modifier : {cells}. Demandez l’accès au propriétaire du classeur.',
  lockBusy: 'Quelqu’un enregistre dans ce classeur. Réessayez dans quelques secondes.',
  alreadyClosed:
    '{period} est déjà clôturée (voir la feuille « {history} »). Utilisez « {reopen} » pour changer ses notes, ou ' +
    'indiquez la période suivante dans la feuille « {settings} ».',
  emptyPeriod: '{period} n’a aucun résultat clé à clôturer.',
  noPeriod:
    'La feuille « {settings} » n’a pas de nom, de début et de fin de période : remplissez-les d’abord.',
  needsRepair:
    'La feuille « {okrs} » n’a pas encore de colonne {commitment} ou {carriedFrom} : lancez d’abord « {install} ».',
  periodChanged:
    'La période de la feuille « {settings} » est devenue {period} depuis l’ouverture : fermez et rouvrez cette fenêtre.',
  notANumber: '{kr} : la valeur finale « {value} » n’est pas un nombre.',
  finalRequired: '{kr} : saisissez une valeur finale.',
  noProgress: '{kr} : sa progression ne peut pas être calculée ({message}). Corrigez d’abord sa ligne.',
  badCommitment: '{kr} : {message}.',
  noId: 'La ligne {row} ({kr}) n’a pas encore d’ID : fermez cette fenêtre et rouvrez-la.',
  duplicateId: '{kr} : cet ID est utilisé par les lignes {rows}. Donnez d’abord un ID propre à chaque RC.',
  missingKr: '{kr} : absent de la clôture (rechargez la fenêtre).',
  unknownKr: '{kr} : n’est plus dans la feuille « {okrs} » (rechargez la fenêtre).',
  statusRequired: '{kr} : choisissez un statut de clôture.',
  noteNeeded: '{kr} : une note {grade} demande un enseignement.',
  noClosedPeriod: 'Aucune période clôturée à rouvrir.',
  reopenConfirm:
    'Rouvrir {period} ? Ses résultats clés reviennent dans la feuille « {okrs} » tels qu’avant la clôture, et la ' +
    'feuille « {settings} » sur {period}. Les RC reportés sur {next} sont retirés de la feuille « {okrs} » (leurs ' +
    'suivis restent dans le journal) ; la feuille « {history} » garde ses lignes, marquées comme rouvertes.',
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

// @section closeDialog: the close dialog's own labels (only the dialog's page carries them)
export const closeDialog: Section<typeof en.closeDialog> = {
  loading: 'Chargement…',
  loadFailed: 'Impossible de charger les résultats clés : {message}',
  intro:
    'Fin de {period} : notez chaque résultat clé, dites ce que vous en retenez, décidez de ce qui continue. ' +
    'Confirmer remplit la feuille « {history} », reporte les RC choisis sur {next} et retire les autres de la ' +
    'feuille « {okrs} ». « {reopen} » annule tout.',
  expected: 'attendu à {n}',
  noteRequired: '{note} (obligatoire : {red} ou {yellow})',
  retro: 'Rétrospective',
  forKr: 'pour',
  confirm: 'Clôturer {period}',
  closing: 'Clôture…',
  cancel: 'Annuler',
  done: 'Fermer',
  fixErrors: 'Corrigez les champs signalés avant de clôturer.',
};

// @section install
export const install: Section<typeof en.install> = {
  menuInstall: 'Installer ou réparer le modèle',
  menuCheckin: 'Suivi hebdomadaire',
  menuExamples: "Insérer des OKR d'exemple",
  menuQuality: 'Vérifier la qualité des OKR',
  menuHelp: 'Aide',
  menuClosePeriod: 'Clôturer la période…',
  menuReopenPeriod: 'Rouvrir la dernière période',
  menuNewPeriod: 'Commencer une nouvelle période…',
  notInstalled: "Le modèle OKR n'est pas encore installé : utilisez d'abord « {install} » dans le menu.",
  helpTitle: 'OKR sheets : aide',
  confidenceHelp: 'Un nombre de {min} à {max}',
  weightHelp:
    'Un nombre positif ou nul : le poids du résultat clé dans son objectif (vide = 1, 0 = ne compte pas)',
  installed: 'Modèle OKR installé.',
  nothing: 'Le modèle OKR est complet : rien à réparer.',
  repairedTitle: 'Modèle OKR réparé',
  installedTitle: 'Modèle OKR',
  sheetCreated: 'Feuille « {name} » créée.',
  sheetBeside:
    "Une feuille « {taken} » qui n'est pas au modèle existe déjà : elle est conservée, le modèle utilise « {name} ».",
  headersRestored: '« {sheet} » : en-têtes rétablis ({list}).',
  renamedHeader: '« {now} » ({ours})',
  headersRenamed: '« {sheet} » : en-têtes renommés conservés, colonnes reconnues : {list}.',
  formulasRestored: '« {sheet} » : formules recalculées rétablies ({list}).',
  settingsRestored: 'Paramètres rétablis : {list}.',
  idsAssigned: '{n} {n:identifiant de résultat clé attribué|identifiants de résultat clé attribués}.',
  blockedSpill:
    "La colonne « {header} » est calculée : videz {cells} pour qu'elle s'affiche (rien n'a été effacé).",
  headlineRestored: '« {sheet} » : progression globale rétablie (en-tête, à droite du tableau).',
  dashboardRestored: 'Tableau de bord rétabli.',
  chartsRestored: '{n} {n:graphique rétabli|graphiques rétablis}.',
  dashboardTitle: 'Tableau de bord OKR',
  dashboardStatusCounts: 'Résultats clés par statut',
  dashboardPerObjective: 'Progression par objectif',
  dashboardPerWeek: 'Progression globale par semaine (suivis)',
  dashboardObjective: 'Objectif',
  dashboardProgress: 'Progression',
  dashboardOverall: 'Progression globale',
  dashboardOverallNow: 'Progression globale actuelle',
  dashboardWeek: 'Semaine',
  dashboardCount: 'Résultats clés',
};

// @section quality
export const quality: Section<typeof en.quality> = {
  title: 'Qualité des OKR',
  none: 'Aucun problème : vos OKR suivent la méthode.',
  intro:
    'Ce que la méthode OKR déconseille, trouvé dans votre feuille. Cliquez sur une référence pour y aller.',
  cell: 'Cellule',
  subject: 'Résultat clé ou objectif',
  issue: 'Ce qui ne va pas',
  why: 'Pourquoi',
  badCellReference: 'Référence de cellule invalide : {a1}',
  tooManyObjectives: 'Porte {n} objectifs ; {maxObjectives} au plus sont conseillés.',
  tooManyObjectivesWhy:
    "Plus de {maxObjectives} objectifs par personne ou équipe disperse l'effort : trop d'OKR est l'échec le plus fréquent.",
  objectiveWithoutKr: 'Aucun résultat clé sous cet objectif.',
  objectiveWithoutKrWhy:
    "Un objectif ne se mesure que par ses résultats clés : sans eux, personne ne sait s'il avance.",
  krWithoutObjective:
    'Aucun objectif au-dessus de cette ligne : {n} {n:résultat clé|résultats clés} avant le premier objectif.',
  krWithoutObjectiveWhy:
    'Un objectif vide veut dire « comme au-dessus » : sans objectif au-dessus, ces RC ne comptent pour aucun (lignes triées ?).',
  tooFewKrs: 'Seulement {n} {n:résultat clé|résultats clés} ; {minKrs} à {maxKrs} sont conseillés.',
  tooFewKrsWhy:
    "Avec un seul résultat clé, l'objectif n'est qu'un indicateur : {minKrs} à {maxKrs} RC décrivent la réussite.",
  tooManyKrs: '{n} {n:résultat clé|résultats clés} ; {maxKrs} au plus sont conseillés.',
  tooManyKrsWhy:
    "Au-delà de {maxKrs} résultats clés, l'attention se dilue : gardez les 3 à {maxKrs} qui montrent le mieux la réussite.",
  missingTarget: 'La cible est vide.',
  missingTargetTask:
    'La cible est vide et le libellé ne contient aucun chiffre : cela ressemble à une tâche. Indiquez le chiffre à atteindre, ou choisissez le type Jalon pour un livrable.',
  missingTargetWhy:
    'Sans cible, la progression ne peut pas être calculée et personne ne sait quand le RC est atteint.',
  startEqualsTarget: 'Départ et cible valent tous deux {value} : rien ne doit changer.',
  startEqualsTargetWhy:
    "Si le départ et la cible sont égaux, rien ne doit changer : c'est un indicateur à maintenir, pas un RC.",
  missingOwner: 'Le responsable est vide.',
  missingOwnerWhy:
    "Un résultat clé sans responsable n'est le travail de personne : le suivi hebdo a besoin d'une personne.",
  fieldError: '{field} : {detail}.',
  unknownKindWhy: 'La progression dépend du type : un type inconnu laisse le RC sans progression.',
  notANumberWhy:
    "La progression se calcule sur des nombres : tant que cette cellule n'en contient pas, le RC affiche une alerte.",
  otherScale: '{detail}.',
  otherScaleWhy:
    'Départ, cible et valeur actuelle partagent une unité : une valeur 100 fois trop petite ou grande (26 % contre 24 → 28) se lirait 0 % ou 100 %.',
  duplicateId: "{id} est l'ID des lignes {rows} : videz l'ID de la copie.",
  duplicateIdWhy:
    "Le suivi retrouve un RC par son ID : une ligne copiée avec le même ID ne peut pas être suivie tant que sa cellule ID n'est pas vidée (un nouvel ID est alors donné).",
};

// @section examples
export const examples: Section<typeof en.examples> = {
  title: "OKR d'exemple",
  inserted: "Exemples d'OKR ajoutés sous vos lignes. Remplacez-les par les vôtres quand vous voulez.",
  again: "Les OKR d'exemple sont déjà dans la feuille. Les ajouter à nouveau sous vos lignes ?",
  inbound: 'Attirer plus de leads entrants qualifiés',
  inboundDemos: "Passer de 120 à 150 demandes de démo par mois sur les pages d'atterrissage",
  inboundDemosActions: 'Tester en A/B le bandeau et le formulaire des 3 pages les plus visitées',
  inboundConversion: 'Porter la conversion des formulaires de 2,5 % à 3,3 %',
  inboundConversionActions: 'Réduire le formulaire à 4 champs ; afficher des logos clients en haut de page',
  inboundCostPerLead: 'Réduire le coût par lead de 85 € à 60 €',
  inboundCostPerLeadActions: 'Déplacer le budget display vers les deux meilleures campagnes search',
  inboundChatbot: 'Lancer le chatbot de la page tarifs',
  inboundChatbotActions: 'Rédiger les 10 questions les plus posées ; connecter le bot au CRM',
  content: "Faire de nos contenus la référence de l'onboarding B2B",
  contentSubscribers: 'Faire passer les abonnés à la newsletter du blog de 2 000 à 2 500',
  contentSubscribersActions: "Ajouter un encart d'inscription aux 10 articles les plus lus",
  contentGuideRank: "Faire passer le guide « checklist d'onboarding » de la 25e à la 8e position sur Google",
  contentGuideRankActions: 'Réécrire le guide en article de fond ; obtenir 3 liens de sites partenaires',
  contentBacklinks: 'Obtenir 5 nouveaux backlinks de sites du secteur',
  contentBacklinksActions: 'Proposer deux articles invités par mois ; partager nos données de benchmark',
  contentCaseStudies: 'Publier 4 études de cas clients',
  contentCaseStudiesActions: 'Interviewer 6 clients ; faire valider chaque étude de cas par le client',
  pipeline: "Faire de l'emailing et des événements un moteur de pipeline",
  pipelineWebinars: 'Doubler les inscriptions aux webinaires venant des emails, de 300 à 600',
  pipelineWebinarsActions: 'Segmenter la base par fonction ; envoyer une séquence de 3 relances',
  pipelineOpenRate: "Faire passer le taux d'ouverture de la newsletter de 24 % à 28 %",
  pipelineOpenRateActions: 'Tester les objets chaque semaine ; nettoyer les contacts inactifs',
  pipelineMeetings: 'Décrocher 60 rendez-vous avec des prospects pour le salon',
  pipelineMeetingsActions:
    'Inviter les comptes clés par email et LinkedIn ; proposer des créneaux de démo sur le stand',
  pipelineNurturing: 'Déployer 2 nouveaux scénarios de nurturing',
  pipelineNurturingActions: 'Cartographier le parcours essai → démo ; écrire les 5 emails de chaque scénario',
};
