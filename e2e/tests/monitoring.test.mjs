// Monitoring in a real browser: a manager records an export start for one of
// the programme's SMEs, sees the dashboard's number and its chart change, and
// takes the records away as CSV.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useLandfall, signIn, artifacts, watchForFaults } from './harness.mjs';

const landfall = useLandfall();

const MANAGER = 'manager.aarhus-harbour-incubator@example.org';

async function smeNames(page, url) {
  await page.goto(url);
  return page.locator('table a[href^="/smes/"]').allInnerTexts();
}

test('record an outcome, see the dashboard move, export the records', async () => {
  const { server, browser } = landfall;
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const faults = watchForFaults(page);
  await signIn(page, server.url, MANAGER);

  // The programme's dashboard, reached through the navigation.
  await page.getByRole('link', { name: 'Monitoring' }).click();
  await page.getByRole('link', { name: 'North Sea Soft Landing' }).click();
  await page.waitForURL(/\/programmes\/\d+\/dashboard$/);
  const dashboard = page.url();
  const before = Number(await page.locator('[data-kpi="export_starts"]').innerText());
  const chartBefore = await page.locator('svg.chart').first().innerHTML();
  assert.ok(before > 0, 'the demo has export starts');

  // An SME of ours in the programme that has not exported yet.
  const participants = await smeNames(page, `${dashboard}/kpis/participants/records`);
  await page.goto(`${dashboard}/kpis/export_starts/records`);
  const exporting = new Set(await page.locator('table:has(caption:text("Outcome records counted")) tbody td:nth-child(2)').allInnerTexts());
  const sme = participants.find((name) => !exporting.has(name));
  assert.ok(sme, 'one of our participants has no export start yet');

  // Record its first export, with evidence.
  await page.goto(`${server.url}/outcomes/new`);
  await page.locator('#sme_id').selectOption({ label: sme });
  await page.locator('#kind').selectOption('export_start');
  await page.locator('#country').fill('JP');
  await page.locator('#value_eur').fill('18500');
  await page.locator('#evidence_text').fill('First invoice to Osaka Trading, order 2211');
  await page.locator('#instrument').fill('Trade fair');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(/\/outcomes\/\d+$/);
  await page.getByText('First invoice to Osaka Trading').waitFor();

  // The dashboard counts it, and its chart is drawn anew.
  await page.goto(dashboard);
  const after = Number(await page.locator('[data-kpi="export_starts"]').innerText());
  assert.equal(after, before + 1);
  const chartAfter = await page.locator('svg.chart').first().innerHTML();
  assert.notEqual(chartAfter, chartBefore, 'the progress chart changed');
  await page.screenshot({ path: join(artifacts, 'monitoring-dashboard.png'), fullPage: true });

  // The indicator's page and its drill-down list the new record.
  await page.getByRole('link', { name: 'SMEs that started to export' }).click();
  await page.getByRole('link', { name: 'The records behind this number' }).click();
  await page.getByRole('cell', { name: sme }).first().waitFor();

  // The records, exported as CSV.
  await page.goto(`${server.url}/outcomes?kind=export_start`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'CSV' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  assert.match(csv.split('\n')[0], /^Record,SME,Kind,Date/);
  const line = csv.split('\n').find((row) => row.includes('Osaka Trading'));
  assert.ok(line, 'the new record is in the export');
  assert.ok(line.includes('18500.00') && line.includes(sme.split(' ')[0]));

  assert.deepEqual(faults, []);
  await context.close();
});
