import type { PreviewState } from '../view-types';

/** The cell selected in the page, sent with menu and google.script.run calls (the add-on's active range). */
export interface Selection {
  sheet: string;
  a1: string;
}

export async function call<T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) throw new Error(data.error ?? `${method} ${url}: HTTP ${response.status}`);
  return data as T;
}

export const api = {
  state: () => call<PreviewState>('GET', '/api/state'),
  activate: (sheet: string) => call<PreviewState>('POST', '/api/activate', { sheet }),
  editCell: (sheet: string, a1: string, input: string) =>
    call<PreviewState>('POST', '/api/cell', { sheet, a1, input }),
  menu: (caption: string, selection?: Selection) =>
    call<PreviewState>('POST', '/api/menu', { caption, selection }),
  reset: () => call<PreviewState>('POST', '/api/reset', {}),
  close: (id: string) => call<{ ok: true }>('POST', '/api/close', { id }),
  run: (functionName: string, args: unknown[], selection?: Selection) =>
    call<{ result: unknown; notices: PreviewState['notices'] }>('POST', '/api/run', {
      functionName,
      args,
      selection,
    }),
};
