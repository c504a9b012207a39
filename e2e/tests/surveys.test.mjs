// Surveys in a real browser: a manager creates the SME feedback survey from its
// template, sends wave 1 to the organisation's own SMEs, and a recipient answers
// through the personal link without signing in; a required question left empty
// is asked again, the link refuses a second response, and the manager's results
// count the answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useLandfall, signIn, artifacts, watchForFaults } from './harness.mjs';

const landfall = useLandfall();

const MANAGER = 'manager.aarhus-harbour-incubator@example.org';

test('create a survey, send it, answer through a token link, see the results', async () => {
  const { server, browser } = landfall;
  const managerContext = await browser.newContext();
  const page = await managerContext.newPage();
  const faults = watchForFaults(page);
  await signIn(page, server.url, MANAGER);

  // A new survey from the SME feedback template.
  await page.getByRole('link', { name: 'Surveys' }).click();
  await page.waitForURL(`${server.url}/surveys`);
  await page.goto(`${server.url}/surveys/new`);
  await page.locator('#template').selectOption('sme_feedback');
  await page.locator('#title').fill('Desk stay feedback, browser test');
  await page.getByRole('button', { name: 'Create survey' }).click();
  await page.waitForURL(/\/surveys\/\d+$/);
  const surveyUrl = page.url();
  await page.getByRole('heading', { name: 'Desk stay feedback, browser test' }).waitFor();
  await page.getByText('Which support activities helped your internationalisation most?').waitFor();

  // Wave 1 to our own SMEs: the links are shown once.
  await page.getByLabel(/All SMEs whose home is/).check();
  await page.getByRole('button', { name: 'Send wave 1 and show the links' }).click();
  await page.getByRole('heading', { name: 'Wave 1: personal links' }).waitFor();
  const links = await page.locator('table.survey-links tbody a').allInnerTexts();
  assert.ok(links.length > 1, 'several SMEs are invited');
  for (const link of links) assert.match(link, /\/s\/[A-Za-z0-9_-]{20,}$/);

  // A recipient opens the link in a browser that has never signed in.
  const respondentContext = await browser.newContext();
  const answer = await respondentContext.newPage();
  const respondentFaults = watchForFaults(answer);
  await answer.goto(links[0]);
  await answer.getByRole('button', { name: 'Send my answers' }).waitFor();
  assert.equal(await answer.getByRole('link', { name: 'Sign out' }).count(), 0, 'no account is needed');

  // Leaving the required questions empty asks for them again.
  await answer.getByRole('button', { name: 'Send my answers' }).click();
  await answer.getByText('Please answer the questions marked below.').waitFor();

  // The agreement scale, up to three helpful activities, and the results.
  const questions = answer.locator('.survey-form .field');
  await questions.nth(0).getByLabel('4 Agree', { exact: true }).check();
  const helpful = questions.nth(1);
  await helpful.getByLabel('Networking and new international contacts or partners').check();
  await helpful.getByLabel('Market information, benchmarks and inspiration').check();
  await questions.nth(2).getByLabel('New partners and a wider network').check();
  await answer.getByRole('button', { name: 'Send my answers' }).click();
  await answer.locator('#survey-done').waitFor();

  // The link takes one response.
  await answer.goto(links[0]);
  await answer.locator('#survey-done').waitFor();
  assert.equal(await answer.getByRole('button', { name: 'Send my answers' }).count(), 0);
  assert.deepEqual(respondentFaults, []);
  await respondentContext.close();

  // The manager sees one response and the ranking table.
  await page.goto(surveyUrl);
  await page.getByRole('link', { name: 'Results', exact: true }).first().click();
  await page.waitForURL(/\/results/);
  const rate = await page.locator('.survey-rate').innerText();
  assert.match(rate, new RegExp(`^1 of ${links.length} invited responded`));
  const ranking = page.locator('article.survey-result', { hasText: 'Which support activities helped' });
  const firstRow = await ranking.locator('tbody tr').first().innerText();
  assert.match(firstRow, /100/);
  assert.ok(await ranking.locator('svg').count() > 0, 'the ranking has a chart');
  await page.screenshot({ path: join(artifacts, 'survey-results.png'), fullPage: true });

  assert.deepEqual(faults, []);
  await managerContext.close();
});
