import type { Lang, Localized } from '../../i18n/lang';
import { plural } from '../../i18n/plural';
import { parseKrKind, type KrKind } from '../../core/kinds';
import { krFigure, OkrScaleError } from '../../core/figures';
import { OkrInputError } from '../../core/errors';
import { readNumber } from '../../core/read';
import { errorText as inputErrorText } from '../../i18n/errors';
import { columnLetter, sheetRef } from '../../schema/formulas';
import type { OkrColumnKey } from '../../schema/layout';
import { cellOf, isBlank, type OkrColumns, type OkrRow } from '../../schema/okr-rows';

/** The method's limits (docs: /work/shared/okr-method.md): at most 3 objectives per person, 2 to 5 KRs each. */
export const MAX_OBJECTIVES_PER_OWNER = 3;
export const MIN_KRS_PER_OBJECTIVE = 2;
export const MAX_KRS_PER_OBJECTIVE = 5;

export type QualityRuleId =
  | 'too-many-objectives-per-owner'
  | 'objective-without-kr'
  | 'kr-without-objective'
  | 'too-few-krs'
  | 'too-many-krs'
  | 'missing-target'
  | 'start-equals-target'
  | 'missing-owner'
  | 'unknown-kind'
  | 'not-a-number'
  | 'other-scale'
  | 'duplicate-id';

export interface QualityFinding {
  rule: QualityRuleId;
  /** A1 reference of the offending cell, with its sheet: `OKRs!C5`. */
  cell: string;
  /** The KR's id when the finding is about one KR. */
  krId?: string;
  /** What the finding is about, as the dialog shows it beside the message: the KR (id and text), objective or owner. */
  subject: string;
  /** What is wrong, in the user's language; it does not repeat the subject. */
  message: string;
  /** Why it matters, one sentence in the user's language. */
  why: string;
}

export const RULE_WHY: Record<QualityRuleId, Localized> = {
  'too-many-objectives-per-owner': {
    en: 'More than 3 objectives per person or team spreads effort thin; too many OKRs is the most common failure.',
    fr: "Plus de 3 objectifs par personne ou équipe disperse l'effort : trop d'OKR est l'échec le plus fréquent.",
  },
  'objective-without-kr': {
    en: 'An objective is only measured through its key results; without any, nobody can tell if it progresses.',
    fr: "Un objectif ne se mesure que par ses résultats clés : sans eux, personne ne sait s'il avance.",
  },
  'kr-without-objective': {
    en: 'A blank Objective means "same as above"; with no objective above, these KRs count for none (rows sorted?).',
    fr: 'Un objectif vide veut dire « comme au-dessus » : sans objectif au-dessus, ces RC ne comptent pour aucun (lignes triées ?).',
  },
  'too-few-krs': {
    en: 'With a single key result the objective is just a metric; 2 to 5 KRs describe what success looks like.',
    fr: "Avec un seul résultat clé, l'objectif n'est qu'un indicateur : 2 à 5 RC décrivent la réussite.",
  },
  'too-many-krs': {
    en: 'More than 5 key results dilutes focus; keep the 3 to 5 that best show the objective is reached.',
    fr: "Au-delà de 5 résultats clés, l'attention se dilue : gardez les 3 à 5 qui montrent le mieux la réussite.",
  },
  'missing-target': {
    en: 'Without a target, progress cannot be computed and the team cannot tell when the KR is done.',
    fr: 'Sans cible, la progression ne peut pas être calculée et personne ne sait quand le RC est atteint.',
  },
  'start-equals-target': {
    en: 'When start and target are equal nothing has to change: that is a KPI to keep running, not a key result.',
    fr: "Si le départ et la cible sont égaux, rien ne doit changer : c'est un indicateur à maintenir, pas un RC.",
  },
  'missing-owner': {
    en: 'A key result without an owner is nobody’s job; weekly check-ins need one person to update it.',
    fr: "Un résultat clé sans responsable n'est le travail de personne : le suivi hebdo a besoin d'une personne.",
  },
  'unknown-kind': {
    en: 'Progress is computed from the kind; an unknown kind leaves the KR without progress.',
    fr: 'La progression dépend du type : un type inconnu laisse le RC sans progression.',
  },
  'other-scale': {
    en: 'Start, target and current share one unit; a value 100 times off (26 % against 24 → 28) would read as 0 % or 100 %.',
    fr: 'Départ, cible et valeur actuelle partagent une unité : une valeur 100 fois trop petite ou grande (26 % contre 24 → 28) se lirait 0 % ou 100 %.',
  },
  'duplicate-id': {
    en: 'Check-ins find a KR by its ID: a copied row with the same ID cannot be checked in until its ID cell is cleared (a new ID is then given).',
    fr: "Le suivi retrouve un RC par son ID : une ligne copiée avec le même ID ne peut pas être suivie tant que sa cellule ID n'est pas vidée (un nouvel ID est alors donné).",
  },
  'not-a-number': {
    en: 'Progress is computed from numbers; until this cell holds one, the KR shows a warning instead of progress.',
    fr: "La progression se calcule sur des nombres : tant que cette cellule n'en contient pas, le RC affiche une alerte.",
  },
};

/** Column names as the messages write them (the sheet's headers). */
const FIELD: Record<'start' | 'target' | 'current' | 'kind', Localized> = {
  start: { en: 'Start', fr: 'Départ' },
  target: { en: 'Target', fr: 'Cible' },
  current: { en: 'Current', fr: 'Actuel' },
  kind: { en: 'Kind', fr: 'Type' },
};

/**
 * What is wrong, in one sentence. The KR or objective it is about is shown beside the message (QualityFinding.subject),
 * so the message does not repeat it.
 */
function describe(rule: QualityRuleId, lang: Lang, detail: Record<string, string | number>): string {
  const d = detail;
  const n = Number(d.count ?? 0);
  const krs = (l: Lang) =>
    l === 'fr' ? plural(l, n, 'résultat clé', 'résultats clés') : plural(l, n, 'key result', 'key results');
  const t: Record<QualityRuleId, Localized> = {
    'too-many-objectives-per-owner': {
      en: `Owns ${n} objectives; at most ${MAX_OBJECTIVES_PER_OWNER} are advised.`,
      fr: `Porte ${n} objectifs ; ${MAX_OBJECTIVES_PER_OWNER} au plus sont conseillés.`,
    },
    'objective-without-kr': {
      en: 'No key result below this objective.',
      fr: 'Aucun résultat clé sous cet objectif.',
    },
    'too-few-krs': {
      en: `Only ${n} ${krs('en')}; ${MIN_KRS_PER_OBJECTIVE} to ${MAX_KRS_PER_OBJECTIVE} are advised.`,
      fr: `Seulement ${n} ${krs('fr')} ; ${MIN_KRS_PER_OBJECTIVE} à ${MAX_KRS_PER_OBJECTIVE} sont conseillés.`,
    },
    'kr-without-objective': {
      en: `No objective above this row: ${n} ${krs('en')} ${n === 1 ? 'comes' : 'come'} before the first objective.`,
      fr: `Aucun objectif au-dessus de cette ligne : ${n} ${krs('fr')} avant le premier objectif.`,
    },
    'too-many-krs': {
      en: `${n} ${krs('en')}; at most ${MAX_KRS_PER_OBJECTIVE} are advised.`,
      fr: `${n} ${krs('fr')} ; ${MAX_KRS_PER_OBJECTIVE} au plus sont conseillés.`,
    },
    'missing-target': d.task
      ? {
          en: 'Target is empty, and the wording has no number: this reads as a task. Give the number to reach, or set Kind to Milestone for a deliverable.',
          fr: 'La cible est vide et le libellé ne contient aucun chiffre : cela ressemble à une tâche. Indiquez le chiffre à atteindre, ou choisissez le type Jalon pour un livrable.',
        }
      : { en: 'Target is empty.', fr: 'La cible est vide.' },
    'start-equals-target': {
      en: `Start and target are both ${d.value}: nothing has to change.`,
      fr: `Départ et cible valent tous deux ${d.value} : rien ne doit changer.`,
    },
    'missing-owner': { en: 'Owner is empty.', fr: 'Le responsable est vide.' },
    'unknown-kind': { en: `${FIELD.kind.en}: ${d.detail}.`, fr: `${FIELD.kind.fr} : ${d.detail}.` },
    'not-a-number': {
      en: `${d.field}: ${d.detail}.`,
      fr: `${d.field} : ${d.detail}.`,
    },
    'other-scale': { en: `${d.detail}.`, fr: `${d.detail}.` },
    'duplicate-id': {
      en: `${d.id} is the ID of rows ${d.rows}: clear the ID of the copy.`,
      fr: `${d.id} est l'ID des lignes ${d.rows} : videz l'ID de la copie.`,
    },
  };
  return t[rule][lang];
}

interface ObjectiveGroup {
  name: string;
  row: number;
  krRows: OkrRow[];
}

function errorText(error: unknown, lang: Lang): string {
  if (error instanceof OkrInputError) return inputErrorText(error, lang);
  return String((error as { message?: string })?.message ?? error);
}

/** The parse error's text for a value that is no number ("'lots' is not a number"). */
function notANumberText(value: unknown, lang: Lang): string {
  try {
    readNumber(value, lang);
    return String(value);
  } catch (error) {
    return errorText(error, lang);
  }
}

/** A KR as the dialog names it: its id and its wording ("KR-0003 Prepare sales sheets"), either when alone. */
function krLabel(row: OkrRow, columns: OkrColumns): string {
  const id = String(cellOf(row, columns, 'id') ?? '').trim();
  const text = String(cellOf(row, columns, 'keyResult') ?? '').trim();
  return [id, text].filter(Boolean).join(' ');
}

function numberOrNull(value: unknown, lang: Lang): number | null | 'invalid' {
  try {
    return readNumber(value, lang);
  } catch {
    return 'invalid';
  }
}

/**
 * Checks the OKRs table against the method: per objective (KR count), per owner (objective count) and per KR
 * (a number to reach, a target different from the start, an owner, a known kind). Findings come in sheet order,
 * grouped by rule family, each with the A1 reference of the cell to fix.
 */
export function checkOkrQuality(
  rows: readonly OkrRow[],
  columns: OkrColumns,
  sheetName: string,
  lang: Lang
): QualityFinding[] {
  const findings: QualityFinding[] = [];
  const ref = (key: OkrColumnKey, row: number) => {
    const col = columns[key] ?? columns.keyResult ?? 0;
    return `${sheetRef(sheetName)}!${columnLetter(col)}${row}`;
  };
  const add = (
    rule: QualityRuleId,
    cell: string,
    subject: string,
    detail: Record<string, string | number>,
    krId?: string
  ) =>
    findings.push({
      rule,
      cell,
      ...(krId ? { krId } : {}),
      subject,
      message: describe(rule, lang, detail),
      why: RULE_WHY[rule][lang],
    });

  const groups: ObjectiveGroup[] = [];
  const orphans: OkrRow[] = [];
  let current: ObjectiveGroup | null = null;
  for (const row of rows) {
    const objective = cellOf(row, columns, 'objective');
    if (!isBlank(objective)) {
      current = { name: String(objective).trim(), row: row.rowNumber, krRows: [] };
      groups.push(current);
    }
    if (isBlank(cellOf(row, columns, 'keyResult'))) continue;
    if (current) current.krRows.push(row);
    else orphans.push(row);
  }

  if (columns.objective !== undefined) {
    if (orphans.length) {
      const first = orphans[0];
      add('kr-without-objective', ref('objective', first.rowNumber), krLabel(first, columns), {
        count: orphans.length,
      });
    }
    for (const group of groups) {
      const count = group.krRows.length;
      const cell = ref('objective', group.row);
      if (count === 0) add('objective-without-kr', cell, group.name, {});
      else if (count < MIN_KRS_PER_OBJECTIVE) add('too-few-krs', cell, group.name, { count });
      else if (count > MAX_KRS_PER_OBJECTIVE) add('too-many-krs', cell, group.name, { count });
    }
  }

  if (columns.owner !== undefined) {
    const byOwner = new Map<string, { name: string; objectives: ObjectiveGroup[]; firstRows: number[] }>();
    for (const group of groups) {
      const seen = new Set<string>();
      for (const row of group.krRows) {
        const owner = String(cellOf(row, columns, 'owner') ?? '').trim();
        const key = owner.toLowerCase();
        if (!owner || seen.has(key)) continue;
        seen.add(key);
        const entry = byOwner.get(key) ?? { name: owner, objectives: [], firstRows: [] };
        entry.objectives.push(group);
        entry.firstRows.push(row.rowNumber);
        byOwner.set(key, entry);
      }
    }
    for (const entry of byOwner.values()) {
      if (entry.objectives.length <= MAX_OBJECTIVES_PER_OWNER) continue;
      // Points at the owner cell of the first objective beyond the limit.
      add(
        'too-many-objectives-per-owner',
        ref('owner', entry.firstRows[MAX_OBJECTIVES_PER_OWNER]),
        entry.name,
        {
          count: entry.objectives.length,
        }
      );
    }
  }

  for (const row of rows) {
    const text = cellOf(row, columns, 'keyResult');
    if (isBlank(text)) continue;
    const id = String(cellOf(row, columns, 'id') ?? '').trim();
    const label = krLabel(row, columns);
    const r = row.rowNumber;
    let kind: KrKind | null = null;
    let kindKnown = true;
    if (columns.kind !== undefined) {
      try {
        kind = parseKrKind(cellOf(row, columns, 'kind'));
      } catch (error) {
        kindKnown = false;
        add('unknown-kind', ref('kind', r), label, { detail: errorText(error, lang) }, id);
      }
    }
    if (columns.target !== undefined) {
      const targetCell = cellOf(row, columns, 'target');
      const target = numberOrNull(targetCell, lang);
      const start = numberOrNull(cellOf(row, columns, 'start'), lang);
      const hasDigit = /\d/.test(String(text));
      if (kind !== 'milestone' && kindKnown) {
        if (target === 'invalid') {
          const detail = notANumberText(targetCell, lang);
          add('not-a-number', ref('target', r), label, { field: FIELD.target[lang], detail }, id);
        } else if (target === null) {
          // Wording with no number and no target reads as a task: the message says so after what is missing.
          add('missing-target', ref('target', r), label, hasDigit ? {} : { task: 1 }, id);
        } else if (typeof start === 'number' && start === target) {
          add('start-equals-target', ref('target', r), label, { value: target }, id);
        }
      }
    }
    for (const key of ['start', 'current'] as const) {
      if (columns[key] === undefined) continue;
      try {
        readNumber(cellOf(row, columns, key), lang);
      } catch (error) {
        add(
          'not-a-number',
          ref(key, r),
          label,
          { field: FIELD[key][lang], detail: errorText(error, lang) },
          id
        );
      }
    }
    if (columns.current !== undefined && columns.target !== undefined) {
      // The figures module's unit rule: a current in another scale than start and target.
      const figure = krFigure(
        {
          kind: cellOf(row, columns, 'kind'),
          start: cellOf(row, columns, 'start'),
          target: cellOf(row, columns, 'target'),
          current: cellOf(row, columns, 'current'),
        },
        lang
      );
      if (figure.state === 'error' && figure.error instanceof OkrScaleError)
        add('other-scale', ref('current', r), label, { detail: inputErrorText(figure.error, lang) }, id);
    }
    if (columns.owner !== undefined && isBlank(cellOf(row, columns, 'owner'))) {
      add('missing-owner', ref('owner', r), label, {}, id);
    }
  }
  if (columns.id !== undefined) {
    const byId = new Map<string, number[]>();
    for (const row of rows) {
      const id = String(cellOf(row, columns, 'id') ?? '').trim();
      if (!id) continue;
      const list = byId.get(id.toUpperCase()) ?? [];
      list.push(row.rowNumber);
      byId.set(id.toUpperCase(), list);
    }
    for (const list of byId.values()) {
      if (list.length < 2) continue;
      const id = String(
        cellOf(
          rows.find(r => r.rowNumber === list[1])!,
          columns,
          'id'
        )
      ).trim();
      add('duplicate-id', ref('id', list[1]), id, { id, rows: list.join(', ') }, id);
    }
  }
  return findings;
}
