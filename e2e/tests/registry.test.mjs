// Main user flows of the registry in a real browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useLandfall, signIn, artifacts, watchForFaults } from './harness.mjs';

const landfall = useLandfall();

test('a manager registers an SME, fixes the field the server rejected, and finds it in the list', async () => {
  const { server, browser } = landfall;
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchForFaults(page);

  await signIn(page, server.url, 'manager.aarhus-harbour-incubator@example.org');
  assert.match(await page.locator('h1').innerText(), /Welcome, Mette Kjærgaard/);

  await page.getByRole('link', { name: 'SMEs', exact: true }).click();
  await page.getByRole('link', { name: 'New SME' }).click();
  await page.locator('#name').fill('Limfjord Oyster Tech ApS');
  await page.getByLabel('Country').selectOption('DK');
  await page.getByLabel('City').fill('Nykøbing Mors');
  await page.getByLabel('Sectors').fill('A03.21, C28.30');
  await page.getByLabel('Founded (year)').fill('twenty-nineteen');
  await page.getByLabel('Products and services').fill('Sorting and grading machines for oyster farms.');
  await page.getByLabel('Target markets').fill('NL, NO');
  await page.getByLabel('Employees').fill('6');
  await page.getByLabel('Annual turnover (EUR)').fill('480000');
  await page.getByRole('button', { name: 'Save' }).click();

  // The server refused one field: its message stands next to it, everything typed is still there.
  const error = page.locator('#founded-error');
  await error.waitFor();
  assert.equal(await error.innerText(), 'must be a whole number');
  assert.equal(await page.getByLabel('Founded (year)').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#name').inputValue(), 'Limfjord Oyster Tech ApS');
  assert.equal(await page.getByLabel('Sectors').inputValue(), 'A03.21, C28.30');
  assert.equal(await page.getByLabel('Annual turnover (EUR)').inputValue(), '480000');

  await page.getByLabel('Founded (year)').fill('2019');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(/\/smes\/\d+$/);
  assert.equal(await page.locator('h1').innerText(), 'Limfjord Oyster Tech ApS');
  assert.match(await page.locator('main').innerText(), /EUR 480,000/);
  assert.match(await page.locator('main').innerText(), /Marine aquaculture/);

  await page.getByRole('link', { name: 'SMEs', exact: true }).click();
  await page.getByLabel('Search').fill('oyster');
  await page.getByRole('button', { name: 'Filter' }).click();
  const row = page.getByRole('row', { name: /Limfjord Oyster Tech ApS/ });
  await row.waitFor();
  assert.match(await row.innerText(), /Aarhus Harbour Incubator/);
  await page.screenshot({ path: join(artifacts, 'sme-created.png'), fullPage: true });

  assert.deepEqual(errors, [], 'no script errors and nothing blocked by the security policy');
  await context.close();
});

test('the public directory works on a phone without signing in', async () => {
  const { server, browser } = landfall;
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${server.url}/directory`);
  await page.getByLabel('Country').selectOption('NO');
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.getByRole('link', { name: 'Bergen Marine Incubator' }).click();
  assert.equal(await page.locator('h1').innerText(), 'Bergen Marine Incubator');
  assert.match(await page.locator('main').innerText(), /Sign in to see contact people and SMEs/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page fits the phone's width (overflow ${overflow}px)`);
  await page.screenshot({ path: join(artifacts, 'directory-phone.png'), fullPage: true });
  await context.close();
});
