/** Types of dev/build.js (CommonJS, run by Node directly) for the tests that reuse it. */
export interface ExposedGlobal {
  name: string;
  params: string[];
  jsDoc: string;
  isCustomFunction: boolean;
  file: string;
}
export const BUNDLE_GLOBAL: string;
export function readExposedGlobals(entry?: string): ExposedGlobal[];
export function renderStubs(globals: ExposedGlobal[]): string;
export function build(): Promise<ExposedGlobal[]>;
