// The public handbook in a real browser: a manager writes a chapter with a
// preview, a manager of another organisation approves it, and a visitor on a
// phone reads it, its live results and an older version's changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useLandfall, signIn, artifacts, watchForFaults } from './harness.mjs';

const landfall = useLandfall();

const BODY = `Arriving in a new market is easier with a host who knows you.

## Before the trip

Send the host your barriers and your price list.

## Results

{{results north-sea-soft-landing}}

<script>document.title = 'owned'</script>`;

test('a manager writes a chapter, another organisation approves it, a visitor reads it', async () => {
  const { server, browser } = landfall;
  const author = await browser.newContext();
  const page = await author.newPage();
  const errors = watchForFaults(page);
  await signIn(page, server.url, 'manager.bergen-marine-incubator@example.org');

  await page.getByRole('link', { name: 'Handbook', exact: true }).click();
  await page.getByRole('link', { name: 'Handbook desk' }).click();
  await page.getByRole('link', { name: 'New chapter' }).click();
  await page.getByLabel('Title').fill('Landing with a host who knows you');
  await page.getByLabel('Kind').selectOption('how_to');
  await page.getByLabel('Summary').fill('What to send your host incubator before the first trip.');
  await page.getByLabel('Body (Markdown)').fill(BODY);
  await page.getByLabel('Countries').fill('NO, DK');

  // Preview: rendered, cleaned, and nothing lost from the form.
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await preview.waitFor();
  assert.equal(await preview.locator('h2#section-before-the-trip').innerText(), 'Before the trip');
  assert.match(await preview.innerText(), /Results: North Sea Soft Landing/);
  assert.equal(await preview.locator('script').count(), 0);
  assert.notEqual(await page.title(), 'owned');
  assert.equal(await page.getByLabel('Body (Markdown)').inputValue(), BODY);

  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.waitForURL(/\/handbook\/landing-with-a-host-who-knows-you\/draft$/);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await page.waitForURL(/\/draft$/);
  assert.match(await page.locator('main').innerText(), /Waiting for review/);
  // Not public yet.
  const hidden = await page.request.get(`${server.url}/handbook/landing-with-a-host-who-knows-you`);
  assert.equal(hidden.status(), 404);
  await author.close();

  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, server.url, 'manager.aarhus-harbour-incubator@example.org');
  await reviewer.goto(`${server.url}/handbook/manage`);
  await reviewer.getByRole('link', { name: 'Landing with a host who knows you' }).click();
  await reviewer.getByRole('button', { name: 'Approve and publish' }).click();
  await reviewer.waitForURL(`${server.url}/handbook/manage`);
  await reviewerContext.close();

  const visitorContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const visitor = await visitorContext.newPage();
  await visitor.goto(`${server.url}/handbook`);
  await visitor.getByLabel('Search the handbook').fill('host incubator');
  await visitor.getByRole('button', { name: 'Search' }).click();
  await visitor.getByRole('link', { name: 'Landing with a host who knows you' }).click();
  assert.equal(await visitor.locator('h1').innerText(), 'Landing with a host who knows you');
  await visitor.getByRole('navigation', { name: 'In this chapter' }).getByRole('link', { name: 'Before the trip' }).click();
  assert.match(visitor.url(), /#section-before-the-trip$/);
  const results = visitor.locator('.results-box');
  assert.match(await results.innerText(), /SMEs that started to export/);
  assert.match(await visitor.locator('main').innerText(), /Bergen Marine Incubator/);
  const overflow = await visitor.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the chapter fits the phone's width (overflow ${overflow}px)`);
  await visitor.screenshot({ path: join(artifacts, 'handbook-chapter-phone.png'), fullPage: true });
  await visitorContext.close();
  assert.deepEqual(errors, [], 'no script errors and nothing blocked by the security policy');
});

test('a visitor reads the history of a revised chapter and what changed', async () => {
  const { server, browser } = landfall;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.getByRole('link', { name: 'Handbook', exact: true }).click();
  await page.getByRole('link', { name: 'Boosters and blockers of cluster internationalisation' }).click();
  await page.getByRole('link', { name: /history/ }).click();
  const rows = page.locator('table.handbook-history tbody tr');
  assert.equal(await rows.count(), 2);
  await page.getByRole('link', { name: 'Version 1' }).click();
  assert.match(await page.locator('main').innerText(), /not the current one/);
  await page.goBack();
  await page.getByRole('link', { name: 'Version 2' }).click();
  const changes = page.locator('.handbook-changes');
  assert.match(await changes.innerText(), /What changed since version 1/);
  assert.ok((await changes.locator('.change.added').count()) > 0);
  await page.screenshot({ path: join(artifacts, 'handbook-version.png'), fullPage: true });
  await context.close();
});
