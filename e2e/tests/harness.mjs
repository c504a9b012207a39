// Starts a real `landfall demo` on a free port with a fresh SQLite file and
// opens Debian's Chromium through playwright-core.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const artifacts = join(here, '..', 'artifacts');
mkdirSync(artifacts, { recursive: true });

const binary = process.env.LANDFALL_BIN ?? join(here, '..', '..', 'target', 'debug', 'landfall');

export const DEMO_PASSWORD = 'landfall-demo';

/** Serves the demo network; resolves with its URL and a stop function. */
export async function startLandfall() {
  const dir = mkdtempSync(join(tmpdir(), 'landfall-e2e-'));
  const child = spawn(binary, ['demo', '--addr', '127.0.0.1:0', '--database', join(dir, 'e2e.db')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DATABASE_URL: '', RUST_LOG: 'warn' },
  });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('landfall did not announce its address in time')), 60_000);
    child.on('exit', (code) => reject(new Error(`landfall exited early with ${code}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = line.match(/being served at (http:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
}

/** Signs in through the sign-in form and waits for the dashboard. */
export async function signIn(page, baseUrl, email) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${baseUrl}/`);
}
