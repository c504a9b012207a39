// A joint call in a real browser: the Aarhus incubator finishes its draft
// application to the open North Sea call and submits it, the coordinating
// agency assigns an evaluator who scores it, the Danish and the Lower Saxony
// agencies each decide for the partner they fund, and the public statistics
// count one more application received and approved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useLandfall, signIn, artifacts, watchForFaults } from './harness.mjs';

const landfall = useLandfall();

const LEAD = 'manager.aarhus-harbour-incubator@example.org';
const COORDINATOR = 'manager.danish-agency-for-sme-export-growth@example.org';
const GERMAN_AGENCY = 'manager.coastal-innovation-fund-lower-saxony@example.org';
const EVALUATOR = 'evaluator@example.org';

/** A signed-in page of its own browser context. */
async function as(browser, server, email) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const faults = watchForFaults(page);
  await signIn(page, server.url, email);
  return { context, page, faults };
}

async function openCallYear(page, url) {
  await page.goto(`${url}/calls/statistics`);
  const year = await page.locator('#call-statistics thead th').last().innerText();
  const cell = await page.locator(`#call-statistics td[data-year="${year}"]`).innerText();
  return { year, cell };
}

/** Chooses the first option of a select whose text contains `text`. */
async function choose(select, text) {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value);
}

/** Records a decision for the agency's partner on the application page. */
async function decide(page, applicationUrl, outcome) {
  await page.goto(applicationUrl);
  const form = page.locator('form.decision-form');
  await form.locator('select[name="outcome"]').selectOption(outcome);
  await form.getByRole('button', { name: 'Record the decision' }).click();
  await page.waitForURL(/#decisions$/);
}

test('submit an application, score it, two agencies decide, the statistics move', async () => {
  const { server, browser } = landfall;
  const visitor = await browser.newPage();
  const before = await openCallYear(visitor, server.url);
  const [received, approved] = before.cell.split('/').map(Number);

  // The lead finishes its draft through the calls page.
  const lead = await as(browser, server, LEAD);
  await lead.page.getByRole('link', { name: 'Calls' }).click();
  await lead.page.getByRole('link', { name: /GREENPORT/ }).click();
  await lead.page.waitForURL(/\/applications\/\d+$/);
  const applicationUrl = lead.page.url();
  await lead.page.getByText('Before it can be submitted:').waitFor();
  await lead.page.getByRole('link', { name: 'Edit', exact: true }).click();
  await lead.page.locator('#objectives').fill('Eight start-ups run a pilot in the partner harbour; three sign a contract.');
  await lead.page.locator('#partner_requested_1').fill('15000');
  await lead.page.locator('#partner_smes_1').fill('4');
  await choose(lead.page.locator('#item_instrument_1'), 'Matchmaking');
  await lead.page.locator('#item_title_1').fill('Pilot days in Aarhus');
  await lead.page.locator('#item_start_1').fill('5');
  await lead.page.locator('#item_end_1').fill('8');
  await lead.page.locator('#item_cost_1').fill('30000');
  await lead.page.locator('textarea[name="answer_text"]').first().fill('Both incubators pick start-ups from their cohorts.');
  // The second row's partner list only knows the consortium.
  await choose(lead.page.locator('#item_partner_1'), 'Elbe Harbour Incubator');
  await lead.page.getByRole('button', { name: 'Save the draft' }).click();
  await lead.page.waitForURL(/#check$/);
  await lead.page.getByText('The application meets every rule of the call.').waitFor();
  await lead.page.getByRole('button', { name: 'Submit the application' }).click();
  await lead.page.locator('#application-status', { hasText: 'Submitted' }).waitFor();
  await lead.page.screenshot({ path: join(artifacts, 'calls-application.png'), fullPage: true });

  // The coordinating agency assigns the independent evaluator.
  const coordinator = await as(browser, server, COORDINATOR);
  await coordinator.page.goto(applicationUrl);
  await coordinator.page.locator('#evaluator_user_id').selectOption({ label: 'Independent evaluator' });
  await coordinator.page.getByRole('button', { name: 'Assign' }).click();
  await coordinator.page.getByText('Independent evaluator · review not started').waitFor();

  // The evaluator scores every criterion and submits.
  const evaluator = await as(browser, server, EVALUATOR);
  await evaluator.page.goto(`${server.url}/calls#reviews`);
  await evaluator.page.getByRole('link', { name: 'Start the review' }).first().waitFor();
  await evaluator.page.goto(`${applicationUrl}/review`);
  const criteria = evaluator.page.locator('fieldset.criterion');
  const count = await criteria.count();
  assert.equal(count, 4);
  for (let i = 0; i < count; i += 1) {
    await criteria.nth(i).locator('select[name="score"]').selectOption('4');
    await criteria.nth(i).locator('textarea[name="comment"]').fill('Convincing and concrete.');
  }
  await evaluator.page.getByRole('button', { name: 'Submit the review' }).click();
  await evaluator.page.waitForURL(/\/calls#reviews$/);

  // The ranking shows its score; both agencies decide.
  await coordinator.page.goto(`${applicationUrl}`);
  await coordinator.page.getByText('weighted score 75.0 %').waitFor();
  await decide(coordinator.page, applicationUrl, 'approved');
  const german = await as(browser, server, GERMAN_AGENCY);
  await german.page.goto(applicationUrl);
  const form = german.page.locator('form.decision-form');
  await form.locator('select[name="outcome"]').selectOption('approved_with_conditions');
  await form.getByRole('button', { name: 'Record the decision' }).click();
  await german.page.getByText('say what the conditions are').waitFor();
  const again = german.page.locator('form.decision-form');
  await again.locator('select[name="outcome"]').selectOption('approved_with_conditions');
  await again.locator('textarea[name="conditions"]').fill('A mid-term report after six months.');
  await again.getByRole('button', { name: 'Record the decision' }).click();
  await german.page.waitForURL(/#decisions$/);
  await german.page.locator('#application-outcome', { hasText: 'Approved' }).waitFor();

  // The coordinated view shows both decisions side by side.
  await coordinator.page.goto(applicationUrl);
  await coordinator.page.getByRole('link', { name: /^← North Sea Innovation Express/ }).click();
  await coordinator.page.getByRole('link', { name: 'Applications and decisions' }).first().click();
  const row = coordinator.page.locator('#ranking tbody tr', { hasText: 'GREENPORT' });
  await row.getByText('Approved, EUR 20,000').waitFor();
  await row.getByText('Approved with conditions, EUR 15,000').waitFor();
  await coordinator.page.screenshot({ path: join(artifacts, 'calls-board.png'), fullPage: true });

  // The lead reads the German agency's letter.
  await lead.page.goto(applicationUrl);
  await lead.page.getByRole('link', { name: 'Coastal Innovation Fund Lower Saxony' }).click();
  await lead.page.getByText('A mid-term report after six months.').waitFor();

  // The public statistics count it.
  const after = await openCallYear(visitor, server.url);
  assert.equal(after.year, before.year);
  assert.equal(after.cell, `${received + 1}/${approved + 1}`);

  for (const who of [lead, coordinator, evaluator, german]) {
    assert.deepEqual(who.faults, []);
    await who.context.close();
  }
});
