import type { closeFieldLabels } from './words';
import type { CellValue, KrBase } from '../checkin/types';
import type { Commitment, Grade } from '../../core/grade';
import type { Lang } from '../../i18n/lang';
import type { ClosingStatus } from '../../schema/history';

/** What crosses google.script.run between the close dialog and the server: JSON-safe data, dates as ISO days. */

export interface ClosePeriodInfo {
  name: string;
  start: string;
  end: string;
}

export interface CloseKr extends KrBase {
  /** The final value prefilled: the Current cell written the user's way ('1,5' in French). */
  finalText: string;
  /** Clamped 0..1 progress of the current value; null when it cannot be computed. */
  progress: number | null;
  commitment: Commitment;
  grade: Grade | null;
  /** The closing status suggested: achieved for a green grade, else missed. */
  suggested: ClosingStatus;
  confidence: CellValue;
  /** Why this KR cannot be closed as it is (a bad row), in the workbook language; '' when fine. */
  error: string;
}

export interface CloseObjective {
  name: string;
  krs: CloseKr[];
}

export interface CloseData {
  lang: Lang;
  period: ClosePeriodInfo;
  next: ClosePeriodInfo;
  objectives: CloseObjective[];
  /** Problems that prevent closing at all (already closed, no KR, no period), in the workbook language. */
  blockers: string[];
  /** Each closing status's words in the workbook language (so the dialog carries no schema labels). */
  statusLabels: Record<ClosingStatus, string>;
  /** The dialog's field labels: the History headers of the columns they fill (words.ts closeFieldLabels). */
  fieldLabels: ReturnType<typeof closeFieldLabels>;
  /** The menu captions and sheet names the dialog's texts quote (words.ts periodWords). */
  words: Record<string, string>;
}

export interface CloseKrEntry {
  id: string;
  /** The final value as typed, read in the dialog's language. */
  finalValue: string;
  status: ClosingStatus | '';
  note: string;
}

export interface CloseRetro {
  objective: string;
  worked: string;
  didNotWork: string;
  change: string;
}

export interface ClosePayload {
  /** The period name the dialog showed: closing a period other than the one in Settings is refused. */
  period: string;
  lang?: Lang;
  krs: CloseKrEntry[];
  retros: CloseRetro[];
}

export interface CloseResult {
  period: string;
  next: string;
  closed: number;
  carried: { from: string; to: string }[];
  message: string;
}
