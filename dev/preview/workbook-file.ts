import fs from 'node:fs';
import path from 'node:path';
import type { WorkbookData } from '../runtime';

/** The preview's state on disk: the runtime snapshot plus what the preview itself needs to restore. */
export interface WorkbookFile {
  version: 1;
  locale: string;
  savedAt: string;
  snapshot: WorkbookData;
}

export function readWorkbookFile(file: string): WorkbookFile | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const data = JSON.parse(text) as WorkbookFile;
  if (data?.version !== 1 || typeof data.locale !== 'string' || data.snapshot === undefined) {
    throw new Error(`${file} is not an okr-sheets preview workbook (delete it or choose another --file)`);
  }
  return data;
}

/** Writes to a temporary file then renames it, so a crash mid-write never leaves a half-written workbook. */
export function writeWorkbookFile(file: string, data: WorkbookFile): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(data));
  fs.renameSync(temp, file);
}
