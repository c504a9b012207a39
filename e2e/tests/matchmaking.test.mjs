// The matchmaking-event flow in a real browser: an organiser sets up an event
// with a session of meeting slots, two SMEs register, one asks the other for
// a meeting and gets a yes, the organiser runs the scheduler and publishes
// the agenda, and both SMEs find the meeting in their agenda and calendar file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useLandfall, signIn, artifacts, watchForFaults } from './harness.mjs';

const landfall = useLandfall();

const ORGANISER = 'manager.aarhus-harbour-incubator@example.org';
const PASSWORD = 'a long enough password';
// Two SMEs of the demo network, each with a new account for its founder.
const SME_A = { email: 'jonas.e2e@havblik-analytics.example', sme: 'havblik-analytics', name: 'Havblik Analytics ApS', person: 'Jonas Vestergaard' };
const SME_B = { email: 'sofie.e2e@nordkyst-kafferisteri.example', sme: 'nordkyst-kafferisteri', name: 'Nordkyst Kafferisteri ApS', person: 'Sofie Lund' };

function isoDay(offsetDays) {
  const day = new Date(Date.now() + offsetDays * 86_400_000);
  return day.toISOString().slice(0, 10);
}

async function signedIn(browser, url, email, password) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const faults = watchForFaults(page);
  await signIn(page, url, email, password);
  return { context, page, faults };
}

test('organise an event, request and accept a meeting, schedule it, find it in both agendas', async () => {
  const { server, browser } = landfall;
  for (const sme of [SME_A, SME_B]) {
    await server.addUser({ email: sme.email, role: 'sme', organisation: sme.sme, name: sme.person, password: PASSWORD });
  }

  // The organiser creates the event and opens a morning of 20-minute meetings.
  const organiser = await signedIn(browser, server.url, ORGANISER);
  const o = organiser.page;
  await o.getByRole('link', { name: 'Events', exact: true }).click();
  await o.getByRole('link', { name: 'New event' }).click();
  await o.locator('#title').fill('Kattegat Food & Tech Brokerage');
  await o.locator('#description').fill('Pre-arranged 1:1 meetings between food and software companies around the Kattegat.');
  await o.getByLabel('Format').selectOption('onsite');
  await o.locator('#venue').fill('Aarhus Harbour Incubator, Aarhus');
  await o.locator('#time_zone').fill('Europe/Copenhagen');
  await o.locator('#tables').fill('6');
  await o.getByRole('button', { name: 'Save' }).click();
  await o.waitForURL(/\/events\/\d+$/);
  const eventUrl = o.url();
  assert.equal(await o.locator('h1').innerText(), 'Kattegat Food & Tech Brokerage');

  await o.getByText('Add a session').click();
  await o.locator('#title').fill('Morning meetings');
  await o.locator('#date').fill(isoDay(14));
  await o.locator('#start_time').fill('09:00');
  await o.locator('#end_time').fill('10:30');
  await o.getByRole('button', { name: 'Add session' }).click();
  await o.waitForURL(/#sessions$/);
  assert.match(await o.locator('.session-block').innerText(), /09:00–09:20/);

  // Both SMEs register (every slot ticked by default).
  const a = await signedIn(browser, server.url, SME_A.email, PASSWORD);
  const b = await signedIn(browser, server.url, SME_B.email, PASSWORD);
  for (const sme of [a, b]) {
    await sme.page.goto(eventUrl);
    await sme.page.locator('#looking_for').fill('Partners for the Norwegian and German markets');
    await sme.page.getByRole('button', { name: 'Register' }).click();
    await sme.page.waitForURL(/#registration$/);
    assert.match(await sme.page.locator('main').innerText(), /is registered, available in every slot/);
  }

  // SME A asks SME B for a meeting from the attendee list.
  await a.page.goto(eventUrl);
  const rowOfB = a.page.getByRole('row', { name: new RegExp(SME_B.name) });
  await rowOfB.getByRole('textbox').fill('Cold brew on ferries: can our forecasts help?');
  await rowOfB.getByRole('button', { name: 'Request meeting' }).click();
  await a.page.waitForURL(/#requests$/);
  assert.match(await a.page.getByRole('row', { name: new RegExp(SME_B.name) }).first().innerText(), /Request pending/);

  // SME B accepts it.
  await b.page.goto(eventUrl);
  const request = b.page.getByRole('row', { name: /Cold brew on ferries/ });
  assert.match(await request.innerText(), new RegExp(SME_A.name));
  await request.getByRole('button', { name: 'Accept' }).click();
  await b.page.waitForURL(/#requests$/);
  assert.match(await b.page.getByRole('row', { name: /Cold brew on ferries/ }).innerText(), /Accepted/);

  // The organiser runs the scheduler and publishes the final agenda.
  await o.goto(eventUrl);
  await o.getByRole('link', { name: 'Meeting plan' }).click();
  await o.getByRole('button', { name: 'Run the scheduler' }).click();
  await o.getByText('The scheduler placed 1 meeting and could not place 0.').waitFor();
  assert.match(await o.locator('.table-plan').innerText(), new RegExp(`Table 1: ${SME_A.name} · ${SME_B.name}`));
  await o.getByRole('button', { name: 'Publish final agenda' }).click();
  await o.getByText('The final agenda is published').waitFor();
  await o.screenshot({ path: join(artifacts, 'matchmaking-plan.png'), fullPage: true });

  // Both find the meeting, with the other's name, in their agenda and calendar.
  for (const [sme, other] of [[a, SME_B], [b, SME_A]]) {
    await sme.page.goto(eventUrl);
    await sme.page.getByRole('link', { name: 'My agenda' }).click();
    await sme.page.waitForURL(/\/agenda$/);
    const meeting = sme.page.getByRole('row', { name: new RegExp(other.name) });
    assert.match(await meeting.innerText(), /09:00–09:20\s+Table 1/);
    const href = await sme.page.getByRole('link', { name: 'Download .ics' }).getAttribute('href');
    const ics = await sme.page.request.get(new URL(href, server.url).toString());
    assert.equal(ics.status(), 200);
    assert.match(ics.headers()['content-type'], /^text\/calendar/);
    const body = await ics.text();
    assert.match(body, /BEGIN:VEVENT/);
    assert.match(body.replace(/\r\n[ \t]/g, ''), new RegExp(`Meeting with ${other.name}`));
  }

  // The print view drops the navigation; the event page fits a phone.
  await a.page.getByRole('link', { name: 'Print' }).click();
  await a.page.waitForURL(/print=1/);
  assert.equal(await a.page.locator('.topbar').isVisible(), false);
  await a.page.screenshot({ path: join(artifacts, 'matchmaking-agenda-print.png'), fullPage: true });
  await b.page.setViewportSize({ width: 390, height: 844 });
  await b.page.goto(eventUrl);
  const overflow = await b.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `the event page scrolls sideways on a phone by ${overflow}px`);
  await b.page.screenshot({ path: join(artifacts, 'matchmaking-event-phone.png'), fullPage: true });

  for (const who of [organiser, a, b]) {
    assert.deepEqual(who.faults, [], 'no script errors or blocked resources');
    await who.context.close();
  }
});
