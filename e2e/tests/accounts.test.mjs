// Passwords in a real browser: a manager changes their password from their
// account page and signs in with the new one; a visitor who forgot theirs
// asks for a link from the sign-in page and is told the same whatever the
// address.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useLandfall, signIn, watchForFaults, DEMO_PASSWORD } from './harness.mjs';

const landfall = useLandfall();

test('a manager changes their password and signs in with the new one', async () => {
  const { server, browser } = landfall;
  const email = 'manager.aarhus-harbour-incubator@example.org';
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const faults = watchForFaults(page);
  await signIn(page, server.url, email);
  await page.goto(`${server.url}/account`);
  await page.getByRole('link', { name: 'Change password', exact: true }).click();
  await page.waitForURL(`${server.url}/account/password`);

  await page.getByLabel('Current password', { exact: true }).fill('not the password');
  await page.getByLabel('New password', { exact: true }).fill('a much longer passphrase');
  await page.getByLabel('New password again', { exact: true }).fill('a much longer passphrase');
  await page.getByRole('button', { name: 'Change password', exact: true }).click();
  await page.getByText('is not your current password').waitFor();

  await page.getByLabel('Current password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel('New password', { exact: true }).fill('a much longer passphrase');
  await page.getByLabel('New password again', { exact: true }).fill('a much longer passphrase');
  await page.getByRole('button', { name: 'Change password', exact: true }).click();
  await page.getByText('Your password was changed.').waitFor();

  // Still signed in under the new session: signing out works (its CSRF token is the new one).
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.waitForURL(`${server.url}/login`);
  await signIn(page, server.url, email, 'a much longer passphrase');
  assert.deepEqual(faults.filter((f) => !f.includes('status of 401')), []);
  await context.close();
});

test('a forgotten password: the same answer for every address', async () => {
  const { server, browser } = landfall;
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const faults = watchForFaults(page);
  const answers = [];
  for (const email of ['nobody@nowhere.example', 'manager.bergen-marine-incubator@example.org']) {
    await page.goto(`${server.url}/login`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL(`${server.url}/password/forgot`);
    await page.getByLabel('E-mail address').fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    const status = page.getByRole('status');
    await status.waitFor();
    answers.push(await status.textContent());
  }
  assert.equal(answers[0], answers[1]);
  assert.match(answers[0], /If an account exists for this address/);
  assert.deepEqual(faults, []);
  await context.close();
});
