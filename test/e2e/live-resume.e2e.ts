import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSignUp, E2E_PASSWORD, expectAccessible, hasBrowser, launchBrowser, laptopContext, pageApi, phoneContext, watchConsole } from './browser.js';
import { groupZone, meetingStartingNow, pick, snap } from './live-helpers.js';

const suffix = Date.now().toString(36);

/** The names in a list, one entry per item, in order (each item's first line). */
const namesIn = (list: Locator) => list.locator('.live-turn__name, .live-queue__item > span:first-child').allTextContents();

const agenda = [
  { kind: 'opening_checkin', title: 'Opening check-in', minutes: 10 },
  { kind: 'discussion', title: 'Shared discussion', minutes: 20 },
  { kind: 'closing_reflection', title: 'Closing reflections', minutes: 10 },
];

describe.skipIf(!hasBrowser)('a live session that survives a lost connection, a reload and a change of runner', () => {
  let browser: Browser;
  let rosa: Page; // facilitator, on a laptop
  let ana: Page; // member, on her phone
  let anaPhone: BrowserContext;
  let carmen: Page; // co-facilitator, on her phone, in Spanish
  let groupId = '';
  let sessionPath = '';
  const title = 'Morning circle';
  const watched: string[][] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    const laptop = await laptopContext(browser);
    rosa = await laptop.newPage();
    anaPhone = await phoneContext(browser);
    ana = await anaPhone.newPage();
    carmen = await (await phoneContext(browser, { locale: 'es-ES' })).newPage();
    watched.push(watchConsole(rosa), watchConsole(ana), watchConsole(carmen));
    await apiSignUp(rosa, `rosa_r_${suffix}`, 'Rosa');
    await apiSignUp(ana, `ana_r_${suffix}`, 'Ana');
    await pageApi(carmen, 'POST', '/api/auth/signup', {
      username: `carmen_r_${suffix}`,
      password: E2E_PASSWORD,
      displayName: 'Carmen',
      timeZone: 'America/Chicago',
      locale: 'es',
      country: 'US',
    });

    const zone = groupZone();
    const group = await pageApi(rosa, 'POST', '/api/groups', { name: `Lighthouse group ${suffix}`, timeZone: zone, joinPolicy: 'invite', listed: false });
    groupId = group.id;
    const { token } = await pageApi(rosa, 'POST', `/api/groups/${groupId}/invitations`, {});
    for (const member of [ana, carmen]) await pageApi(member, 'POST', `/api/invitations/${token}/accept`, { agreementVersion: group.agreement.version });
    const { members } = await pageApi(rosa, 'GET', `/api/groups/${groupId}/members`);
    const carmenMembership = members.find((m: { displayName: string }) => m.displayName === 'Carmen').membershipId;
    await pageApi(rosa, 'PATCH', `/api/groups/${groupId}/members/${carmenMembership}`, { role: 'co_facilitator' });

    await meetingStartingNow(rosa, groupId, zone, { title, address: '3 Quay Road', agenda });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Today's occurrence of the meeting, first in the list (next week's follow it). */
  const meetingOnToday = (page: Page, heading: string) => page.getByRole('region', { name: heading }).locator('.occurrence').filter({ hasText: title }).first();
  const turns = (page: Page, label = 'Turns, in order') => page.getByRole('list', { name: label });

  it('on Today, the core team can start the meeting’s session and a member cannot; once it runs, everyone can join', async () => {
    await ana.goto('/today');
    const anaMeeting = meetingOnToday(ana, 'Your next meetings');
    await expect.poll(() => anaMeeting.isVisible()).toBe(true);
    expect(await anaMeeting.getByRole('button', { name: 'Start live session' }).count()).toBe(0);

    await carmen.goto('/today');
    const carmenMeeting = meetingOnToday(carmen, 'Tus próximas reuniones');
    await expect.poll(() => carmenMeeting.getByRole('button', { name: 'Empezar la sesión en vivo' }).isVisible()).toBe(true);
    await expectAccessible(carmen, 'Today with Start, in Spanish');

    await rosa.goto('/today');
    const rosaMeeting = meetingOnToday(rosa, 'Your next meetings');
    const start = rosaMeeting.getByRole('button', { name: 'Start live session' });
    await expect.poll(() => start.isVisible()).toBe(true);
    // A hybrid meeting asks how the person starting it takes part.
    const how = rosaMeeting.getByRole('group', { name: 'How are you taking part?' });
    expect(await how.getByRole('radio', { name: 'In person' }).isChecked()).toBe(true);
    await expectAccessible(rosa, 'Today with Start');
    await snap(rosa, 'live-today-start');
    await start.click();
    await rosa.waitForURL('**/live/*');
    sessionPath = new URL(rosa.url()).pathname;
    await expect.poll(() => rosa.getByRole('heading', { name: 'Opening check-in', level: 2 }).isVisible()).toBe(true);
    // On a laptop the runner's main moves are in view without scrolling, even with her own check-in form open.
    expect(await rosa.getByText('It’s your turn.').isVisible()).toBe(true);
    for (const name of ['Next person', 'Next phase']) {
      const box = await rosa.getByRole('button', { name }).boundingBox();
      expect(box!.y + box!.height, name).toBeLessThanOrEqual(800);
    }
    await snap(rosa, 'live-runner-start', false);

    // The member's Today follows without a reload: Join appears on the meeting.
    const join = anaMeeting.getByRole('link', { name: `Join ${title}, live now` });
    await expect.poll(() => join.isVisible(), { timeout: 15_000 }).toBe(true);
    await join.click();
    await ana.waitForURL(`**${sessionPath}`);
    await ana.getByRole('button', { name: 'Join in person' }).click();
    await expect.poll(() => ana.getByText('Rosa’s turn').isVisible()).toBe(true);

    const carmenJoin = carmen.getByRole('region', { name: 'En vivo ahora' }).getByRole('link', { name: `Unirme a ${title}, en vivo ahora` });
    await expect.poll(() => carmenJoin.isVisible(), { timeout: 15_000 }).toBe(true);
    await carmenJoin.click();
    const joinOnline = carmen.getByRole('button', { name: 'Unirme en línea' });
    await expect.poll(() => joinOnline.isVisible()).toBe(true);
    await expectAccessible(carmen, 'join prompt in Spanish');
    await snap(carmen, 'live-es-join');
    await joinOnline.click();
    await expect.poll(() => carmen.getByText('Turno de Rosa').isVisible()).toBe(true);
    await expect.poll(() => namesIn(turns(rosa)), { timeout: 15_000 }).toEqual(['You', 'Ana', 'Carmen']);
  });

  it('reads well in Spanish on a phone mid-round', async () => {
    await rosa.getByRole('button', { name: 'Pass', exact: true }).click();
    await expect.poll(() => ana.getByText('It’s your turn.').isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => carmen.getByText('Turno de Ana').isVisible(), { timeout: 15_000 }).toBe(true);
    const list = turns(carmen, 'Turnos, en orden');
    expect(await namesIn(list)).toEqual(['Rosa', 'Ana', 'Tú']);
    expect(await list.getByRole('listitem').first().textContent()).toBe('RosaPasó');
    // The default agenda's titles read in the viewer's language; Rosa's laptop keeps English.
    expect(await carmen.getByRole('heading', { level: 2, name: 'Ronda de apertura' }).isVisible()).toBe(true);
    expect(await rosa.getByRole('heading', { level: 2, name: 'Opening check-in' }).isVisible()).toBe(true);
    await expectAccessible(carmen, 'member view in Spanish, mid-round');
    await snap(carmen, 'live-es-member-round');
  });

  it('Ana’s phone loses the network; the round moves on meanwhile; back online she sees where it is, nothing twice', async () => {
    await anaPhone.setOffline(true);
    await expect.poll(() => ana.getByRole('status').filter({ hasText: 'Reconnecting…' }).isVisible(), { timeout: 15_000 }).toBe(true);
    // Calm: still the session, no error.
    expect(await ana.getByRole('heading', { name: 'Opening check-in', level: 2 }).isVisible()).toBe(true);
    expect(await ana.locator('.alert--error').count()).toBe(0);
    await snap(ana, 'live-member-reconnecting', false);

    // Ana's turn goes by (counted as a pass, without comment); Carmen shares.
    await rosa.getByRole('button', { name: 'Next person' }).click();
    await expect.poll(() => carmen.getByText('Es tu turno.').isVisible(), { timeout: 15_000 }).toBe(true);
    await pick(carmen, 'Ánimo', 'Bien');
    await pick(carmen, 'Energía', 'Media');
    await pick(carmen, 'Ganas de consumir, de 0 a 10', '3');
    await carmen.getByLabel('Una frase para el grupo').fill('Contenta de estar aquí');
    await expectAccessible(carmen, 'my turn in Spanish');
    await snap(carmen, 'live-es-member-turn');
    await carmen.getByRole('button', { name: 'Compartir', exact: true }).click();
    await expect.poll(() => turns(rosa).getByText('Contenta de estar aquí').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await ana.getByText('Contenta de estar aquí').count()).toBe(0);

    await anaPhone.setOffline(false);
    await expect.poll(() => ana.getByText('Contenta de estar aquí').isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => ana.getByRole('status').filter({ hasText: 'Connected' }).isVisible()).toBe(true);
    expect(await namesIn(turns(ana))).toEqual(['Rosa', 'You', 'Carmen']);
    expect(await turns(ana).getByRole('listitem').allTextContents()).toEqual([
      'RosaPassed',
      'YouPassed',
      expect.stringMatching(/^CarmenShared.*Contenta de estar aquí$/),
    ]);
    expect(await ana.getByText('Carmen has shared.').isVisible()).toBe(true);
    await expectAccessible(ana, 'member view after reconnecting');
  });

  it('offline again during the discussion: the topic, the floor and the line are right when she is back', async () => {
    await rosa.getByRole('button', { name: 'Next person' }).click();
    await expect.poll(() => rosa.getByText('Everyone has had their turn.').isVisible()).toBe(true);
    await rosa.getByRole('button', { name: 'Next phase' }).click();
    await expect.poll(() => ana.getByRole('heading', { name: 'Shared discussion', level: 2 }).isVisible(), { timeout: 15_000 }).toBe(true);
    await ana.getByRole('button', { name: 'Raise my hand' }).click();
    await expect.poll(() => ana.getByText('You’re number 1 in line.').isVisible()).toBe(true);

    await anaPhone.setOffline(true);
    await expect.poll(() => ana.getByRole('status').filter({ hasText: 'Reconnecting…' }).isVisible(), { timeout: 15_000 }).toBe(true);
    await carmen.getByRole('button', { name: 'Levantar la mano' }).click();
    await expect.poll(() => carmen.getByText('Eres la persona número 2 en la fila.').isVisible()).toBe(true);
    await rosa.getByLabel('Topic for everyone').fill('Mornings that help');
    await rosa.getByRole('button', { name: 'Show topic' }).click();
    await rosa.getByRole('button', { name: 'Next speaker' }).click();
    await expect.poll(() => carmen.getByText('Ana tiene la palabra.').isVisible(), { timeout: 15_000 }).toBe(true);

    await anaPhone.setOffline(false);
    await expect.poll(() => ana.getByText('You have the floor.').isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await ana.getByText('Mornings that help').isVisible()).toBe(true);
    expect(await namesIn(ana.getByRole('list', { name: 'Waiting to speak' }))).toEqual(['Carmen']);
    expect(await ana.getByRole('button', { name: 'Raise my hand' }).count()).toBe(0);
  });

  it('a reload mid-session comes back to the same place', async () => {
    await ana.reload();
    await expect.poll(() => ana.getByText('You have the floor.').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(ana.url()).toContain(sessionPath);
    expect(await ana.getByRole('button', { name: 'Join in person' }).count()).toBe(0);
    expect(await ana.getByText('Mornings that help').isVisible()).toBe(true);
    expect(await namesIn(ana.getByRole('list', { name: 'Waiting to speak' }))).toEqual(['Carmen']);
    await expect.poll(() => ana.getByRole('status').filter({ hasText: 'Connected' }).isVisible()).toBe(true);

    // Live again after the reload: the next speaker reaches her.
    await rosa.getByRole('button', { name: 'Next speaker' }).click();
    await expect.poll(() => ana.getByText('Carmen is speaking.').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await ana.getByText('No hands raised.').isVisible()).toBe(true);
  });

  it('Rosa hands over to Carmen, who now runs it (in Spanish, on a laptop); Rosa follows as a member', async () => {
    await carmen.setViewportSize({ width: 1280, height: 800 });
    await rosa.getByRole('region', { name: 'Here now' }).getByRole('button', { name: 'Hand over to Carmen' }).click();
    const agendaEs = carmen.getByRole('region', { name: 'Orden del día' });
    await expect.poll(() => agendaEs.getByRole('button', { name: 'Siguiente parte' }).isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => rosa.getByRole('region', { name: 'Agenda' }).count()).toBe(0);
    expect(await rosa.getByRole('button', { name: 'Next speaker' }).count()).toBe(0);
    expect(await rosa.getByRole('button', { name: 'Take over running the session' }).isVisible()).toBe(true);
    expect(await carmen.getByRole('status').filter({ hasText: 'Ahora diriges tú la sesión.' }).isVisible()).toBe(true);
    expect(await rosa.getByRole('status').filter({ hasText: 'Carmen is running the session now.' }).isVisible()).toBe(true);
    await expect.poll(() => ana.getByText('Carmen is running the session now.').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await ana.getByRole('region', { name: 'Here now' }).getByRole('listitem').filter({ hasText: 'Carmen' }).textContent()).toContain('Running the session');

    await expectAccessible(carmen, 'runner view in Spanish');
    await carmen.evaluate(() => window.scrollTo(0, 0));
    await snap(carmen, 'live-es-runner', false);
    await expectAccessible(rosa, 'member view on a laptop after handing over');
    await snap(rosa, 'live-member-laptop', false);
    await carmen.getByRole('button', { name: 'Cerrar el turno de palabra' }).click();
    await expect.poll(() => ana.getByText('Nobody has the floor right now.').isVisible(), { timeout: 15_000 }).toBe(true);
    await agendaEs.getByRole('button', { name: 'Siguiente parte' }).click();
    await expect.poll(() => rosa.getByRole('heading', { name: 'Closing reflections', level: 2 }).isVisible(), { timeout: 15_000 }).toBe(true);
  });

  it('Rosa, on the core team, takes over again; Carmen follows as a member', async () => {
    await rosa.getByRole('button', { name: 'Take over running the session' }).click();
    const confirm = rosa.getByRole('dialog', { name: 'Take over running the session?' });
    expect(await confirm.getByText('Carmen is running it now.', { exact: false }).isVisible()).toBe(true);
    await expectAccessible(rosa, 'take-over dialog');
    await snap(rosa, 'live-take-over', false);
    await confirm.getByRole('button', { name: 'Take over', exact: true }).click();
    await expect.poll(() => rosa.getByRole('region', { name: 'Agenda' }).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await rosa.getByRole('dialog').count()).toBe(0);
    expect(await rosa.getByRole('status').filter({ hasText: 'You’re running the session now.' }).isVisible()).toBe(true);
    await expect.poll(() => carmen.getByRole('region', { name: 'Orden del día' }).count(), { timeout: 15_000 }).toBe(0);
    expect(await carmen.getByText('Ahora dirige la sesión Rosa.').isVisible()).toBe(true);
    expect(await carmen.getByRole('button', { name: 'Dirigir yo la sesión' }).isVisible()).toBe(true);
    expect(await rosa.getByRole('button', { name: 'Next person' }).isVisible()).toBe(true);
    // Ana's phone follows too; until it has, her page may still change under the next checks.
    await expect.poll(() => ana.getByText('Rosa is running the session now.').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await ana.getByRole('heading', { name: 'Closing reflections', level: 2 }).isVisible()).toBe(true);
    await expectAccessible(rosa, 'runner view after taking over');
  });

  it('the runner view fits a phone too', async () => {
    await rosa.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => rosa.getByRole('button', { name: 'Next person' }).isVisible()).toBe(true);
    await expectAccessible(rosa, 'runner view on a phone');
    await snap(rosa, 'live-runner-phone');
    await rosa.setViewportSize({ width: 1280, height: 800 });
  });

  it('reads well in dark mode, on the phone and on the laptop', async () => {
    await ana.emulateMedia({ colorScheme: 'dark' });
    await rosa.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(ana, 'member view (dark)');
    await snap(ana, 'live-member-dark');
    await expectAccessible(rosa, 'runner view (dark)');
    await rosa.evaluate(() => window.scrollTo(0, 0));
    await snap(rosa, 'live-runner-dark', false);
  });

  it('ends calmly for everyone', async () => {
    await rosa.getByRole('button', { name: 'End session' }).click();
    await rosa.getByRole('dialog', { name: 'End the session for everyone?' }).getByRole('button', { name: 'End session' }).click();
    for (const [page, thanks] of [
      [rosa, 'Thank you for being here'],
      [ana, 'Thank you for being here'],
      [carmen, 'Gracias por estar aquí'],
    ] as const) {
      await expect.poll(() => page.getByRole('heading', { name: thanks }).isVisible(), { timeout: 15_000 }).toBe(true);
    }
  });

  it('kept the consoles free of errors', () => {
    for (const problems of watched) expect(problems).toEqual([]);
  });
});
