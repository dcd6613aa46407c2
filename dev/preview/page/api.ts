import type { Answer, PreviewState, Question } from '../view-types';

/** The cell selected in the page, sent with menu and google.script.run calls (the add-on's active range). */
export interface Selection {
  sheet: string;
  a1: string;
}

/** This tab's id: each tab has its own sidebar and dialog on the server. Kept across reloads of the tab. */
function tabId(): string {
  const key = 'okr-preview-tab';
  let id = sessionStorage.getItem(key);
  if (!id) {
    id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    sessionStorage.setItem(key, id);
  }
  return id;
}

const TAB = tabId();

export async function call<T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: {
      'x-okr-client': TAB,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) throw new Error(data.error ?? `${method} ${url}: HTTP ${response.status}`);
  return data as T;
}

export interface RunResult {
  result: unknown;
  notices: PreviewState['notices'];
  question: Question | null;
}

export const api = {
  state: () => call<PreviewState>('GET', '/api/state'),
  activate: (sheet: string) => call<PreviewState>('POST', '/api/activate', { sheet }),
  editCell: (sheet: string, a1: string, input: string) =>
    call<PreviewState>('POST', '/api/cell', { sheet, a1, input }),
  menu: (caption: string, selection?: Selection, answers: Answer[] = []) =>
    call<PreviewState>('POST', '/api/menu', { caption, selection, answers }),
  reset: () => call<PreviewState>('POST', '/api/reset', {}),
  close: (id: string) => call<{ ok: true }>('POST', '/api/close', { id }),
  run: (functionName: string, args: unknown[], selection?: Selection, answers: Answer[] = []) =>
    call<RunResult>('POST', '/api/run', { functionName, args, selection, answers }),
};

/**
 * Runs a request that may stop on a question (an alert with buttons, a prompt): asks the user, then runs it again
 * with every answer so far, until the add-on asks nothing more.
 */
export async function withAnswers<T extends { question: Question | null }>(
  request: (answers: Answer[]) => Promise<T>,
  ask: (question: Question) => Promise<Answer>
): Promise<T> {
  let result = await request([]);
  while (result.question) {
    const answer = await ask(result.question);
    result = await request([...result.question.answers, answer]);
  }
  return result;
}
