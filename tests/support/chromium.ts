import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { gasRunShimSource } from '../../dev/browser/gas-run-shim';

/**
 * Headless Chromium for the browser tests, found in this order:
 * 1. `CHROMIUM_PATH`;
 * 2. Debian's `/usr/bin/chromium` (apt-get install -y chromium);
 * 3. the binary shipped inside the npm package `@sparticuz/chromium` (a devDependency), unpacked to the temp folder
 *    on first use. So `npm ci && npm test` passes on a fresh Linux machine without apt.
 * This machine has no outside network: without the background-networking flags Chromium keeps trying to reach
 * Google's hosts.
 */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

interface Executable {
  path: string;
  env?: Record<string, string>;
}

let found: Executable | undefined;

/** @sparticuz/chromium is an ES module and jest runs CommonJS: ask a child node process for the path and the
 * environment (fonts, shared libraries) the package sets up for its binary. */
function packagedChromium(): Executable {
  const script =
    "import c from '@sparticuz/chromium';" +
    'const path = await c.executablePath();' +
    "const env = {}; for (const k of ['FONTCONFIG_PATH', 'LD_LIBRARY_PATH', 'HOME']) if (process.env[k]) env[k] = process.env[k];" +
    'console.log(JSON.stringify({ path, env }));';
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: __dirname,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Executable;
}

export function chromiumExecutable(): Executable {
  if (found) return found;
  if (process.env.CHROMIUM_PATH) found = { path: process.env.CHROMIUM_PATH };
  else if (existsSync('/usr/bin/chromium')) found = { path: '/usr/bin/chromium' };
  else found = packagedChromium();
  return found;
}

export function launchChromium(): Promise<Browser> {
  const { path, env } = chromiumExecutable();
  return chromium.launch({
    executablePath: path,
    args: CHROMIUM_ARGS,
    env: env ? ({ ...process.env, ...env } as Record<string, string>) : undefined,
  });
}

/**
 * One Chromium for a test file, launched before its tests and closed after them even when one fails; each test's
 * page context is closed after it. Returns the browser's getter.
 */
export function sharedBrowser(): {
  browser: () => Browser;
  track: (context: BrowserContext) => BrowserContext;
} {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map(context => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => {
      if (!browser) throw new Error('Chromium did not start');
      return browser;
    },
    track: context => {
      contexts.push(context);
      return context;
    },
  };
}

/**
 * Opens one of dist's HTML pages in a new tracked context, its google.script.run calls answered by `run` in this
 * process (the built bundle in the local runtime), each call's name pushed to `calls`.
 */
export async function openBridgedPage(
  chromiumShared: ReturnType<typeof sharedBrowser>,
  options: {
    html: string;
    viewport: { width: number; height: number };
    run: (name: string, args: unknown[]) => unknown;
    calls?: string[];
  }
): Promise<Page> {
  const url = 'http://page.test/';
  const context = chromiumShared.track(
    await chromiumShared.browser().newContext({ viewport: options.viewport })
  );
  const page = await context.newPage();
  await page.exposeFunction('__gasTransport', (name: string, argsJson: string) => {
    options.calls?.push(name);
    const result = options.run(name, JSON.parse(argsJson) as unknown[]);
    return result === undefined ? '' : JSON.stringify(result);
  });
  await page.addInitScript(gasRunShimSource({ transport: '__gasTransport' }));
  await page.route(url, route =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: options.html })
  );
  await page.goto(url);
  return page;
}
