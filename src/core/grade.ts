export type Grade = 'red' | 'yellow' | 'green';
/** Aspirational OKRs ("moon shots") are expected at 0.7, committed ones ("roof shots") at 1.0. */
export type Commitment = 'aspirational' | 'committed';

export const GRADES: readonly Grade[] = ['red', 'yellow', 'green'];
export const COMMITMENTS: readonly Commitment[] = ['aspirational', 'committed'];

/** Where each grade starts, as progress, by commitment. */
export const GRADE_THRESHOLDS: Record<Commitment, { yellow: number; green: number }> = {
  // Google's scale: red below 0.4, yellow 0.4 to below 0.7, green from 0.7.
  aspirational: { yellow: 0.4, green: 0.7 },
  // The same scale stretched so that green is the expected 1.0: yellow from 0.4 / 0.7 (about 0.571).
  committed: { yellow: 0.4 / 0.7, green: 1 },
};

/** Tolerance for float noise: 0.6999999999999999 is green. */
const EPSILON = 1e-9;

/**
 * Rule for grades: committed KRs are expected at 1.0, aspirational ones at 0.7 (Google's scale); the commitment
 * is read by read.ts readCommitment.
 */
export function gradeOf(progress: number, commitment: Commitment = 'aspirational'): Grade {
  const t = GRADE_THRESHOLDS[commitment];
  if (progress >= t.green - EPSILON) return 'green';
  if (progress >= t.yellow - EPSILON) return 'yellow';
  return 'red';
}
