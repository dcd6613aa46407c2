// npm start: the built add-on (dist/) running in the local Apps Script runtime, served to a browser page that
// looks and behaves like Google Sheets. Listens on 127.0.0.1 only.
//   PORT=8080 (0 = any free port)   OKR_LOCALE / --locale fr_FR (npm run start:fr)
//   OKR_PREVIEW_FILE / --file <workbook.json> (default: one file per locale, see start-options.ts)
import fs from 'node:fs';
import path from 'node:path';
import { createRuntime } from '../runtime';
import { createPreviewServer } from './app';
import { buildPage } from './page-bundle';
import { PreviewSession } from './session';
import { startLines, startOptions } from './start-options';

/** The project root: the nearest folder up from the working directory that holds the preview's page. */
function projectRoot(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'dev/preview/page/index.html'))) return dir;
    if (path.dirname(dir) === dir) throw new Error('run npm start from the okr-sheets folder');
  }
}

async function main(): Promise<void> {
  const root = projectRoot();
  const distDir = path.join(root, 'dist');
  if (!fs.existsSync(path.join(distDir, 'Code.js')))
    throw new Error('dist/Code.js is missing: run npm run build');
  const start = startOptions(process.argv.slice(2), process.env, process.cwd(), fs.existsSync);
  const { file, locale } = start;
  const portText = process.env.PORT ?? '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${portText}"`);

  const [pageHtml, session] = await Promise.all([
    buildPage(path.join(root, 'dev/preview/page')),
    Promise.resolve().then(
      () =>
        new PreviewSession({
          file,
          locale,
          distDir,
          createRuntime: options => createRuntime({ ...options, distDir }),
        })
    ),
  ]);

  const server = createPreviewServer({ session, pageHtml });
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      console.error(
        `Port ${port} on 127.0.0.1 is already in use: stop the other server or start with PORT=8081 npm start`
      );
    } else {
      console.error(`Cannot listen on 127.0.0.1:${port}: ${error.message}`);
    }
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    // One write, so whoever reads the URL line also has the workbook line.
    console.log(startLines(`http://127.0.0.1:${actual}/`, start, session));
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`okr-sheets preview: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
