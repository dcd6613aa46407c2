import http from 'node:http';
import { injectBridge } from './html-bridge';
import { HttpError, badRequest, notFound } from './http-error';
import { createSerialQueue } from './serial-queue';
import type { PreviewSession } from './session';

const MAX_BODY = 1024 * 1024;

const PAGE_CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; " +
  "connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'";

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, headers = {}) {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, data: unknown) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(data));
}

async function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    throw new HttpError(415, 'send the request body as JSON with "content-type: application/json"');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, `request body over ${MAX_BODY} bytes`);
    chunks.push(chunk as Buffer);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw badRequest(`bad JSON in request body: ${(error as Error).message}`);
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw badRequest('request body must be a JSON object');
  return body as Record<string, unknown>;
}

/**
 * Only this machine's pages may drive the preview: the Host must be a loopback name (against DNS rebinding) and
 * a browser's Origin, when sent, must be the preview itself (against other sites posting to 127.0.0.1).
 */
function checkCaller(req: http.IncomingMessage): void {
  const host = req.headers.host ?? '';
  if (!/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i.test(host))
    throw new HttpError(403, `unexpected Host "${host}"`);
  const origin = req.headers.origin;
  if (origin && origin !== `http://${host}` && req.method !== 'GET') {
    throw new HttpError(403, `requests from ${origin} are not accepted`);
  }
}

/**
 * Which browser tab is calling (the page sends a random id kept in its sessionStorage): each tab has its own
 * sidebar and dialog. A sidebar opened on its own in a tab, without the header, is the default client.
 */
function clientId(req: http.IncomingMessage): string {
  const id = req.headers['x-okr-client'];
  if (id === undefined) return '';
  if (typeof id !== 'string' || !/^[\w-]{1,64}$/.test(id))
    throw badRequest('"x-okr-client" must be a tab id');
  return id;
}

export interface AppOptions {
  session: PreviewSession;
  pageHtml: string;
}

export function createPreviewServer({ session, pageHtml }: AppOptions): http.Server {
  const enqueue = createSerialQueue();

  /** Runs a request's work in the queue; mutating work saves the workbook afterwards, even when it threw. */
  const work = <T>(task: () => T | Promise<T>, mutates: boolean) =>
    enqueue(async () => {
      try {
        return await task();
      } finally {
        if (mutates) session.save();
      }
    });

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    checkCaller(req);
    const client = clientId(req);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = `${req.method} ${url.pathname}`;
    const panel = /^\/html\/([\w-]+)$/.exec(url.pathname);

    if (route === 'GET /') {
      return send(res, 200, 'text/html; charset=utf-8', pageHtml, { 'content-security-policy': PAGE_CSP });
    }
    if (route === 'GET /favicon.ico') return send(res, 204, 'text/plain', '');
    if (route === 'GET /api/state') return sendJson(res, 200, await work(() => session.state(client), false));
    if (req.method === 'GET' && panel) {
      const html = await work(() => session.panelHtml(panel[1]), false);
      return send(res, 200, 'text/html; charset=utf-8', injectBridge(html), {
        'content-security-policy': "frame-ancestors 'self'",
      });
    }
    if (route === 'GET /api/export.xlsx') {
      const xlsx = await work(() => session.exportXlsx(), false);
      return send(res, 200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx, {
        'content-disposition': 'attachment; filename="okr-sheets-preview.xlsx"',
      });
    }
    if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
      const body = await readJson(req);
      switch (url.pathname) {
        case '/api/cell':
          return sendJson(
            res,
            200,
            await work(
              () => session.state(client, session.editCell(client, body.sheet, body.a1, body.input)),
              true
            )
          );
        case '/api/menu':
          return sendJson(
            res,
            200,
            await work(() => {
              const { notices, question } = session.runMenu(
                client,
                body.caption,
                body.selection,
                body.answers
              );
              return session.state(client, notices, question);
            }, true)
          );
        case '/api/activate':
          return sendJson(
            res,
            200,
            await work(() => {
              session.activate(body.sheet, body.a1);
              return session.state(client);
            }, true)
          );
        case '/api/run':
          return sendJson(
            res,
            200,
            await work(
              () =>
                session.runServer(client, body.functionName, body.args ?? [], body.selection, body.answers),
              true
            )
          );
        case '/api/close':
          return sendJson(
            res,
            200,
            await work(() => {
              session.closePanel(client, body.id);
              return { ok: true };
            }, false)
          );
        case '/api/reset':
          return sendJson(
            res,
            200,
            await work(() => {
              session.reset();
              return session.state(client);
            }, false)
          );
      }
    }
    throw notFound(`no such endpoint: ${req.method} ${url.pathname}`);
  }

  return http.createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (status === 500)
        console.error(`${req.method} ${req.url}: ${error instanceof Error ? error.stack : message}`);
      if (res.headersSent) return res.destroy();
      sendJson(res, status, { error: message });
    });
  });
}
