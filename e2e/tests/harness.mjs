// Starts a real `landfall demo` on a free port with a fresh SQLite file and
// opens Debian's Chromium through playwright-core.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { before, after } from 'node:test';
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
    /** Adds an account with `landfall user add`, as an operator would. */
    async addUser({ email, role, organisation, name, password }) {
      const args = ['user', 'add', '--email', email, '--role', role, '--name', name, '--database', join(dir, 'e2e.db')];
      if (organisation) args.push('--organisation', organisation);
      const cli = spawn(binary, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: '', RUST_LOG: 'warn' } });
      let stderr = '';
      cli.stderr.on('data', (chunk) => (stderr += chunk));
      cli.stdin.end(`${password}\n`);
      const code = await new Promise((resolve) => cli.on('exit', resolve));
      if (code !== 0) throw new Error(`landfall user add failed: ${stderr}`);
    },
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
export async function signIn(page, baseUrl, email, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${baseUrl}/`);
}

/**
 * Starts Landfall and a browser before the file's tests and stops them after;
 * returns an object whose `server` and `browser` are set once started.
 */
export function useLandfall() {
  const context = { server: null, browser: null };
  before(async () => {
    context.server = await startLandfall();
    context.browser = await launchBrowser();
  });
  after(async () => {
    await context.browser?.close();
    await context.server?.stop();
  });
  return context;
}

/** Collects script errors and failed loads of a page (the 422 of a refused form is expected). */
export function watchForFaults(page) {
  const faults = [];
  page.on('pageerror', (error) => faults.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('status of 422')) faults.push(message.text());
  });
  return faults;
}
