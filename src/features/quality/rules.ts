import type { Lang } from '../../i18n/lang';
import { t, type Key, type Params } from '../../i18n/catalog';
// Type only: the quality section ships in its own data page, not in Code.js (src/gas/cold-data.ts).
import type { QUALITY } from '../../i18n/sections';
import { parseKrKind, type KrKind } from '../../core/kinds';
import { krFigure, OkrScaleError } from '../../core/figures';
import { OkrInputError } from '../../core/errors';
import { readNumber } from '../../core/read';
import { errorText as inputErrorText } from '../../i18n/error-text';
import { columnLetter, sheetRef } from '../../schema/a1';
import type { OkrColumnKey } from '../../schema/layout';
import { labelOf } from '../../i18n/schema-labels';
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

/** The limits as the texts' parameters: the findings and the help say them from these constants. */
export const QUALITY_LIMITS = {
  maxObjectives: MAX_OBJECTIVES_PER_OWNER,
  minKrs: MIN_KRS_PER_OBJECTIVE,
  maxKrs: MAX_KRS_PER_OBJECTIVE,
} as const;

/** The quality section of the catalogue, as `loadColdSection('QUALITY')` reads it. */
export type QualityTexts = typeof QUALITY;
type QualityKey = Key<QualityTexts>;

/** Each rule's message and "why it matters" in the catalogue's quality section. */
const RULE_TEXTS: Record<QualityRuleId, { message: QualityKey; why: QualityKey }> = {
  'too-many-objectives-per-owner': { message: 'tooManyObjectives', why: 'tooManyObjectivesWhy' },
  'objective-without-kr': { message: 'objectiveWithoutKr', why: 'objectiveWithoutKrWhy' },
  'kr-without-objective': { message: 'krWithoutObjective', why: 'krWithoutObjectiveWhy' },
  'too-few-krs': { message: 'tooFewKrs', why: 'tooFewKrsWhy' },
  'too-many-krs': { message: 'tooManyKrs', why: 'tooManyKrsWhy' },
  'missing-target': { message: 'missingTarget', why: 'missingTargetWhy' },
  'start-equals-target': { message: 'startEqualsTarget', why: 'startEqualsTargetWhy' },
  'missing-owner': { message: 'missingOwner', why: 'missingOwnerWhy' },
  'unknown-kind': { message: 'fieldError', why: 'unknownKindWhy' },
  'not-a-number': { message: 'fieldError', why: 'notANumberWhy' },
  'other-scale': { message: 'otherScale', why: 'otherScaleWhy' },
  'duplicate-id': { message: 'duplicateId', why: 'duplicateIdWhy' },
};

/** Column names as the messages write them: the sheet's headers. */
const header = (key: OkrColumnKey, lang: Lang) => labelOf(lang, 'okrs', key);

/**
 * What is wrong, in one sentence. The KR or objective it is about is shown beside the message (QualityFinding.subject),
 * so the message does not repeat it. A target missing from a wording without any number reads as a task.
 */
function describe(texts: QualityTexts, rule: QualityRuleId, lang: Lang, detail: Params): string {
  const key = rule === 'missing-target' && detail.task ? 'missingTargetTask' : RULE_TEXTS[rule].message;
  return t(texts, lang, key, { ...QUALITY_LIMITS, n: Number(detail.count ?? 0), ...detail });
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
 * grouped by rule family, each with the A1 reference of the cell to fix, worded from `texts`.
 */
export function checkOkrQuality(
  texts: QualityTexts,
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
  const add = (rule: QualityRuleId, cell: string, subject: string, detail: Params, krId?: string) =>
    findings.push({
      rule,
      cell,
      ...(krId ? { krId } : {}),
      subject,
      message: describe(texts, rule, lang, detail),
      why: t(texts, lang, RULE_TEXTS[rule].why, QUALITY_LIMITS),
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
        add(
          'unknown-kind',
          ref('kind', r),
          label,
          { field: header('kind', lang), detail: errorText(error, lang) },
          id
        );
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
          add('not-a-number', ref('target', r), label, { field: header('target', lang), detail }, id);
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
          { field: header(key, lang), detail: errorText(error, lang) },
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
