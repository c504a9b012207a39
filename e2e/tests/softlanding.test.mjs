// The soft-landing flow in a real browser: a manager plans a cohort from the
// template, the SME sees its dates and hands in an assignment, the manager
// reviews it, and the cohort's funnel moves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useLandfall, signIn, artifacts, watchForFaults } from './harness.mjs';

const landfall = useLandfall();

const MANAGER = 'manager.aarhus-harbour-incubator@example.org';
const SME_EMAIL = 'sofie@kattegat-kelp.example';
const SME_PASSWORD = 'a long enough password';

function isoDay(offsetDays) {
  const day = new Date(Date.now() + offsetDays * 86_400_000);
  return day.toISOString().slice(0, 10);
}

test('plan a cohort, hand in an assignment, review it, see the funnel move', async () => {
  const { server, browser } = landfall;
  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  const managerFaults = watchForFaults(manager);
  await signIn(manager, server.url, MANAGER);

  // A new SME of the incubator, and an account for its founder.
  await manager.goto(`${server.url}/smes/new`);
  await manager.locator('#name').fill('Kattegat Kelp ApS');
  await manager.getByLabel('Country').selectOption('DK');
  await manager.getByLabel('City').fill('Grenaa');
  await manager.getByLabel('Sectors').fill('A03.21');
  await manager.getByLabel('Target markets').fill('NO');
  await manager.getByRole('button', { name: 'Save' }).click();
  await manager.waitForURL(/\/smes\/\d+$/);
  await server.addUser({ email: SME_EMAIL, role: 'sme', organisation: 'kattegat-kelp-aps', name: 'Sofie Holm', password: SME_PASSWORD });

  // A new cohort in the programme, with the SME going to Bergen.
  await manager.getByRole('link', { name: 'Programmes' }).click();
  await manager.getByRole('link', { name: 'North Sea Soft Landing' }).click();
  await manager.getByLabel('New cohort').fill('Autumn pilot');
  await manager.getByLabel('Starts on').fill(isoDay(7));
  await manager.getByRole('button', { name: 'Add cohort' }).click();
  await manager.waitForURL(/\/cohorts\/\d+$/);
  const cohortUrl = manager.url();
  await manager.getByRole('link', { name: 'North Sea Soft Landing' }).click();
  await manager.getByRole('link', { name: 'Add participant' }).click();
  await manager.locator('#cohort_id').selectOption({ label: 'Autumn pilot' });
  await manager.locator('#sme_id').selectOption({ label: 'Kattegat Kelp ApS (Aarhus Harbour Incubator)' });
  await manager.locator('#host_organisation_id').selectOption({ label: 'Bergen Marine Incubator (Norway)' });
  await manager.getByRole('button', { name: 'Add participant' }).click();
  await manager.waitForURL(/\/participants\/\d+$/);
  const participantUrl = manager.url();

  // The whole calendar in one go, from the template.
  await manager.goto(cohortUrl);
  await manager.getByRole('link', { name: 'Plan sessions from the template' }).click();
  await manager.locator('#first_date').fill(isoDay(14));
  await manager.getByRole('button', { name: 'Create the sessions' }).click();
  await manager.waitForURL(cohortUrl);
  const sessionsTable = manager.locator('#sessions + .tablewrap');
  assert.match(await sessionsTable.innerText(), /Workshop 1 at Aarhus Harbour Incubator/);
  assert.match(await sessionsTable.innerText(), /Study trip at Bergen Marine Incubator/);
  const funnelBefore = await manager.getByRole('row', { name: /4\. Home assignments/ }).innerText();
  assert.match(funnelBefore, /Home assignments\s+0\s+0/);

  // Workshop 1, the trip and workshop 2 behind the SME, and an assignment to do.
  await manager.goto(participantUrl);
  for (const step of ['workshop_1', 'study_trip', 'workshop_2']) {
    await manager.locator(`#step-${step} button`, { hasText: 'Mark done' }).click();
    await manager.waitForURL(new RegExp(`/participants/\\d+#step-${step}$`));
  }
  await manager.getByText('Set an assignment').click();
  await manager.locator('#assignment-title').fill('Price list for Norway');
  await manager.locator('#assignment-description').fill('In NOK, with delivery terms.');
  await manager.locator('#assignment-due').fill(isoDay(30));
  await manager.getByRole('button', { name: 'Set assignment' }).click();
  await manager.waitForURL(/#assignments$/);

  // The SME signs in, sees its dates at once, and hands in the assignment with a file.
  const smeContext = await browser.newContext();
  const sme = await smeContext.newPage();
  const smeFaults = watchForFaults(sme);
  await signIn(sme, server.url, SME_EMAIL, SME_PASSWORD);
  const coming = sme.locator('#coming-sessions');
  await coming.waitFor();
  assert.match(await coming.innerText(), /Workshop 3 at Bergen Marine Incubator/);
  assert.match(await sme.locator('#to-hand-in').innerText(), /Price list for Norway/);
  await sme.getByRole('link', { name: 'Price list for Norway' }).click();
  await sme.locator('#text').fill('Our prices in NOK, delivered to Bergen in two weeks.');
  await sme.locator('#file').setInputFiles({
    name: 'prices.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  });
  await sme.getByRole('button', { name: 'Hand in' }).click();
  await sme.getByText('prices.pdf').waitFor();
  assert.match(await sme.locator('main').innerText(), /Submitted, waiting for review/);
  await sme.screenshot({ path: join(artifacts, 'assignment-handed-in.png'), fullPage: true });

  // The manager accepts it; the funnel counts the finished home assignments.
  await manager.goto(participantUrl);
  await manager.getByRole('link', { name: 'Price list for Norway' }).click();
  await manager.getByRole('button', { name: 'Accept' }).click();
  await manager.getByText('Review: accepted').waitFor();
  await manager.goto(cohortUrl);
  const funnelAfter = await manager.getByRole('row', { name: /4\. Home assignments/ }).innerText();
  assert.match(funnelAfter, /Home assignments\s+1\s+0/);
  await manager.screenshot({ path: join(artifacts, 'cohort-funnel.png'), fullPage: true });

  assert.deepEqual(managerFaults, [], 'no script errors or blocked resources for the manager');
  assert.deepEqual(smeFaults, [], 'no script errors or blocked resources for the SME');
  await managerContext.close();
  await smeContext.close();
});
