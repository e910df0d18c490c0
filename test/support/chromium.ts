// The system Chromium for the browser tests and the UI benchmark: CHROMIUM_PATH, then
// /usr/bin/chromium, then chromium or chromium-browser on PATH. When there is none and we
// run as root (CI, a fresh Debian machine), Debian's `chromium` package is installed with
// apt; otherwise the error names what to install. Launched through playwright-core, which
// downloads no browser of its own.
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { findOnPath, isExecutable } from '../../server/db/executables.ts';

/** Without the networking flags Chromium waits on services a closed network never answers. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-quic',
];


export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) {
    if (isExecutable(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which is not an executable file`);
  }
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of ['chromium', 'chromium-browser']) {
    const found = findOnPath(name, env.PATH);
    if (found) return found;
  }
  return null;
}

const INSTALL_HINT =
  'The browser tests need Chromium. Install it (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
  'Fedora: `sudo dnf install chromium`; macOS: `brew install --cask chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.';

let installing: Promise<string> | null = null;

/** The Chromium to run: found, or installed with apt when running as root. */
export function ensureChromium(log: (line: string) => void = (line) => console.log(`[chromium] ${line}`)): Promise<string> {
  const found = findChromium();
  if (found) return Promise.resolve(found);
  installing ??= (async () => {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    const hasApt = isExecutable('/usr/bin/apt-get');
    if (!isRoot || !hasApt) throw new Error(`${INSTALL_HINT}${!isRoot && hasApt ? ' (Not installing it myself: this is not running as root.)' : ''}`);
    log("not found; installing Debian's chromium package with apt-get (once per machine)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'], env, timeout: 300_000 });
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: ['ignore', 'ignore', 'inherit'], env, timeout: 900_000 });
    } catch (error) {
      throw new Error(`installing chromium with apt-get failed: ${(error as Error).message}\n${INSTALL_HINT}`);
    }
    const installed = findChromium();
    if (!installed) throw new Error(`apt-get installed chromium but no binary was found.\n${INSTALL_HINT}`);
    log(`installed ${installed}`);
    return installed;
  })();
  return installing;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = await ensureChromium();
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
}
