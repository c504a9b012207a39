// Languages in a real browser: a visitor whose browser prefers German reads
// German (country names included), switches to Danish at the foot of the
// page; a manager switches to Swedish and finds Landfall in Swedish in a new
// browser after signing in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useLandfall, signIn, watchForFaults } from './harness.mjs';

const landfall = useLandfall();

test('the browser language, the switcher and the saved choice', async () => {
  const { server, browser } = landfall;

  const visitorContext = await browser.newContext({ locale: 'de-DE' });
  const visitor = await visitorContext.newPage();
  const visitorErrors = watchForFaults(visitor);
  await visitor.goto(`${server.url}/directory`);
  assert.equal(await visitor.locator('html').getAttribute('lang'), 'de');
  await visitor.getByRole('link', { name: 'Verzeichnis', exact: true }).waitFor();
  // Countries are named in the page's language too.
  await visitor.getByRole('cell', { name: 'Norwegen', exact: true }).first().waitFor();
  await visitor.getByLabel('Sprache').selectOption('da');
  await visitor.getByRole('button', { name: 'Wechseln' }).click();
  await visitor.waitForURL(`${server.url}/directory`);
  assert.equal(await visitor.locator('html').getAttribute('lang'), 'da');
  await visitor.getByRole('cell', { name: 'Norge', exact: true }).first().waitFor();
  await visitor.getByRole('link', { name: 'Håndbog', exact: true }).click();
  assert.equal(await visitor.locator('html').getAttribute('lang'), 'da', 'the choice is remembered');
  assert.deepEqual(visitorErrors, []);
  await visitorContext.close();

  const email = 'manager.bergen-marine-incubator@example.org';
  const managerContext = await browser.newContext({ locale: 'en-GB' });
  const manager = await managerContext.newPage();
  const managerErrors = watchForFaults(manager);
  await signIn(manager, server.url, email);
  await manager.getByRole('link', { name: 'Dashboard', exact: true }).waitFor();
  await manager.getByLabel('Language').selectOption('sv');
  await manager.getByRole('button', { name: 'Change' }).click();
  await manager.getByRole('link', { name: 'Översikt', exact: true }).waitFor();
  assert.deepEqual(managerErrors, []);
  await managerContext.close();

  // Another browser, English by preference: the saved choice wins once signed in.
  const laterContext = await browser.newContext({ locale: 'en-US' });
  const later = await laterContext.newPage();
  await signIn(later, server.url, email);
  assert.equal(await later.locator('html').getAttribute('lang'), 'sv');
  await later.getByRole('button', { name: 'Logga ut' }).waitFor();
  // Put it back for the other tests that sign in as this manager.
  await later.getByLabel('Språk').selectOption('en');
  await later.getByRole('button', { name: 'Byt' }).click();
  await later.getByRole('link', { name: 'Dashboard', exact: true }).waitFor();
  await laterContext.close();
});
