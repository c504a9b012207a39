// The toolbox in a real browser: a cluster manager plans a new target market,
// adds two instruments from the catalogue and sees the budget grow, sets a KPI
// target that the monitoring dashboard then shows, and takes the plan away as CSV.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useLandfall, signIn, artifacts, watchForFaults } from './harness.mjs';

const landfall = useLandfall();

const MANAGER = 'manager.sunnmore-maritime-cluster@example.org';

async function budgetTotal(page) {
  return (await page.locator('[data-budget="total"]').innerText()).trim();
}

async function addInstrument(page, label, from, to) {
  const form = page.locator('details', { hasText: 'Add an instrument from the catalogue' });
  if (!(await form.getAttribute('open') !== null)) {
    await form.locator('summary').click();
  }
  await page.locator('#instrument_id').selectOption({ label });
  await page.locator('#starts_on').fill(from);
  await page.locator('#ends_on').fill(to);
  await page.getByRole('button', { name: 'Add to the plan' }).click();
  await page.waitForURL(/\/plans\/\d+#items$/);
}

test('a cluster manager plans a market, budgets it and follows its KPI in monitoring', async () => {
  const { server, browser } = landfall;
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const faults = watchForFaults(page);
  await signIn(page, server.url, MANAGER);

  // From the menu to a new plan.
  await page.getByRole('link', { name: 'Toolbox', exact: true }).click();
  await page.waitForURL(`${server.url}/toolbox`);
  await page.getByRole('link', { name: 'Internationalisation plans' }).click();
  await page.getByRole('link', { name: 'New plan' }).click();
  await page.getByLabel('Title').fill('Korea 2028: shipbuilding suppliers');
  await page.getByLabel('Target country').fill('KR');
  await page.getByLabel('Target region').fill('Busan and Ulsan');
  await page.getByLabel('From').fill('2028-01-01');
  await page.getByLabel('To').fill('2028-12-31');
  assert.equal(await page.getByLabel('Day rate (EUR)').inputValue(), '600');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(/\/plans\/\d+$/);
  const planUrl = page.url();
  assert.match(await page.locator('main').innerText(), /Korea · Busan and Ulsan|Busan and Ulsan/);
  assert.equal(await budgetTotal(page), 'EUR 0');

  // Two instruments from the catalogue: the total follows each.
  await addInstrument(page, 'Preparing to go international · Study visits', '2028-03-06', '2028-03-10');
  // 8 days at EUR 600 and EUR 4,300 of costs.
  assert.equal(await budgetTotal(page), 'EUR 9,100');
  await addInstrument(page, 'Winning international leads · Trade fairs', '2028-09-12', '2028-09-14');
  // Plus 10 days at EUR 600 and EUR 12,800.
  assert.equal(await budgetTotal(page), 'EUR 27,900');
  await page.getByRole('cell', { name: 'Study visits', exact: true }).waitFor();
  assert.equal((await page.locator('[data-budget="leads"]').innerText()).trim(), 'EUR 18,800');

  // A KPI target becomes an indicator on the network's dashboard.
  await page.locator('summary', { hasText: 'Set a KPI target' }).click();
  await page.locator('#metric').selectOption('smes_with:partnership');
  await page.locator('#name').fill('Korean partners');
  await page.locator('#target').fill('3');
  await page.getByRole('button', { name: 'Set the target' }).click();
  await page.waitForURL(/\/plans\/\d+#kpis$/);
  await page.getByRole('link', { name: 'Korean partners' }).waitFor();
  await page.screenshot({ path: join(artifacts, 'toolbox-plan.png'), fullPage: true });

  await page.getByRole('link', { name: 'Monitoring', exact: true }).click();
  await page.waitForURL(`${server.url}/monitoring`);
  const indicator = page.getByRole('link', { name: 'Korea 2028: shipbuilding suppliers: Korean partners' });
  await indicator.waitFor();
  const row = page.locator('tr', { has: indicator });
  assert.equal((await row.locator('td').nth(1).innerText()).trim(), '3');

  // The plan as CSV, with the same total as on screen.
  await page.goto(planUrl);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'CSV' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  const lines = csv.trim().split('\n');
  assert.match(lines[0], /^Line,Group,Instrument,Item,From,To,Days,Work \(EUR\),Costs \(EUR\),Total \(EUR\)/);
  assert.ok(lines.some((l) => l.startsWith('Item,Preparing to go international,Study visits,Study visits,2028-03-06')));
  const total = lines.find((l) => l.startsWith('Plan total'));
  assert.ok(total.includes(',18,10800.00,17100.00,27900.00,'), total);

  assert.deepEqual(faults, []);
  await context.close();
});
