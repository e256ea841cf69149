import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, hasBrowser, launchBrowser, phoneContext, watchConsole } from './browser.js';

const shots = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const password = 'quiet river morning 42';
const zone = 'America/Chicago';

async function snap(page: Page, name: string, fullPage = true) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage });
}

/** One part of a long page, so the picture stays readable. */
async function snapPart(locator: Locator, name: string) {
  mkdirSync(shots, { recursive: true });
  await locator.screenshot({ path: path.join(shots, `${name}.png`) });
}

/** Same-origin JSON request from inside the page, so the session cookie and Origin header come along. */
function api<T>(page: Page, method: string, url: string, body?: unknown): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ([m, u, b]) => {
      const response = await fetch(u as string, {
        method: m as string,
        headers: b === undefined ? {} : { 'content-type': 'application/json' },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      return { status: response.status, body: response.status === 204 ? null : await response.json() };
    },
    [method, url, body] as const,
  ) as Promise<{ status: number; body: T }>;
}

async function person(browser: Browser, username: string, displayName: string, locale = 'en'): Promise<Page> {
  const page = await (await phoneContext(browser)).newPage();
  await page.goto('/');
  const created = await api(page, 'POST', '/api/auth/signup', { username, password, displayName, timeZone: zone, locale });
  expect(created.status).toBe(201);
  return page;
}

/** The weekday and HH:MM of an instant on the group's clock. */
function groupClock(at: Date) {
  const parts = new Intl.DateTimeFormat('en-US', { weekday: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: get('weekday'), time: `${get('hour')}:${get('minute')}` };
}

/** The element with focus: its accessible-ish label and the phase row it sits in. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const row = el?.closest('[data-phase]');
    return { text: el?.textContent?.trim() ?? '', move: el?.dataset.move ?? null, phase: row?.querySelector('input')?.value ?? null, tag: el?.tagName };
  });

describe.skipIf(!hasBrowser)('the core team runs a group: agreement, members, occurrences, agenda; a member checks in', () => {
  let browser: Browser;
  let dana: Page;
  let luz: Page;
  let sam: Page;
  const watched: string[][] = [];
  const suffix = Date.now().toString(36);
  let groupId = '';
  let groupPath = '';
  const title = 'Evening circle';

  beforeAll(async () => {
    browser = await launchBrowser();
    dana = await person(browser, `dana_${suffix}`, 'Dana');
    luz = await person(browser, `luz_${suffix}`, 'Luz');
    sam = await person(browser, `sam_${suffix}`, 'Sam');
    for (const page of [dana, luz, sam]) watched.push(watchConsole(page));

    const group = await api<{ id: string }>(dana, 'POST', '/api/groups', { name: 'Harbour Circle', timeZone: zone, joinPolicy: 'invite', listed: false });
    expect(group.status).toBe(201);
    groupId = group.body.id;
    groupPath = `/groups/${groupId}`;
    for (const page of [luz, sam]) {
      const invitation = await api<{ token: string }>(dana, 'POST', `/api/groups/${groupId}/invitations`, { maxUses: 1 });
      expect((await api(page, 'POST', `/api/invitations/${invitation.body.token}/accept`, { agreementVersion: 1 })).status).toBe(200);
    }
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets the facilitator publish a new agreement version, which a member must accept before going on', async () => {
    await dana.goto(groupPath);
    const agreement = dana.getByRole('region', { name: 'Group agreement' });
    await agreement.getByRole('button', { name: 'Publish a new version' }).click();
    const dialog = dana.getByRole('dialog', { name: 'Agreement, version 2' });
    const text = dialog.getByLabel('Agreement text');
    expect(await text.inputValue()).toContain('What is said here stays here');
    expect(await text.evaluate((el) => el === document.activeElement)).toBe(true);
    await dialog.getByRole('button', { name: 'Publish version 2' }).click();
    await expect.poll(() => dialog.getByText('This is the same as the current version.', { exact: false }).isVisible()).toBe(true);
    await text.press('ControlOrMeta+End');
    await text.pressSequentially('\nPhones stay on silent during meetings.');
    await expectAccessible(dana, 'publish agreement dialog');
    await snap(dana, 'admin-agreement-publish', false);
    await dialog.getByRole('button', { name: 'Publish version 2' }).click();
    await expect.poll(() => agreement.getByText('Version 2 is published.', { exact: false }).isVisible()).toBe(true);
    await expect.poll(() => agreement.getByText('You accepted this agreement (version 2).').isVisible()).toBe(true);
    expect(await agreement.locator('.agreement-text').textContent()).toContain('Phones stay on silent');

    await luz.goto(groupPath);
    await expect.poll(() => luz.getByRole('heading', { name: 'The group agreement has been updated' }).isVisible()).toBe(true);
    expect(await luz.getByRole('heading', { name: 'Upcoming meetings' }).count()).toBe(0);
    await expectAccessible(luz, 'group page with a new agreement to accept');
    await snap(luz, 'admin-agreement-banner');
    await luz.getByRole('button', { name: 'Read and accept' }).click();
    const accept = luz.getByRole('dialog');
    expect(await accept.locator('.agreement-text').textContent()).toContain('Phones stay on silent during meetings.');
    await accept.getByLabel('I have read and accept the group agreement').check();
    await accept.getByRole('button', { name: 'Accept agreement' }).click();
    await expect.poll(() => luz.getByRole('heading', { name: 'Upcoming meetings' }).isVisible()).toBe(true);
    expect(await luz.getByRole('heading', { name: 'The group agreement has been updated' }).count()).toBe(0);
    const mine = await api<{ myMembership: { agreementVersion: number; agreementRequired: boolean } }>(luz, 'GET', `/api/groups/${groupId}`);
    expect(mine.body.myMembership).toMatchObject({ agreementVersion: 2, agreementRequired: false });
    // A member sees no core-team controls.
    expect(await luz.getByRole('button', { name: 'Publish a new version' }).count()).toBe(0);
    expect(await luz.getByRole('button', { name: /^Manage/ }).count()).toBe(0);
  });

  it('lets the facilitator make a member co-facilitator, refuses to leave the group without a facilitator, and removes a member', async () => {
    await dana.reload();
    const members = dana.getByRole('region', { name: 'Members' });
    await expect.poll(() => members.locator('.member').count()).toBe(3);
    expect(await members.getByText('(you)').count()).toBe(1);

    await members.getByRole('button', { name: 'Manage (Luz)' }).click();
    const dialog = dana.getByRole('dialog', { name: 'Luz' });
    await dialog.getByRole('radio', { name: /^Co-facilitator/ }).check();
    await expectAccessible(dana, 'manage member dialog');
    await snap(dana, 'admin-manage-member', false);
    await dialog.getByRole('button', { name: 'Save role' }).click();
    await expect.poll(() => members.getByText("Luz's role is now: Co-facilitator.").isVisible()).toBe(true);
    await expect.poll(() => members.locator('.member', { hasText: 'Luz' }).locator('.badge').textContent()).toBe('Co-facilitator');

    // The only facilitator cannot step back: the server's 409, said kindly.
    await members.getByRole('button', { name: 'Manage (Dana)' }).click();
    const own = dana.getByRole('dialog', { name: 'Your role' });
    expect(await own.getByRole('button', { name: /Remove/ }).count()).toBe(0);
    await own.getByRole('radio', { name: /^Member/ }).check();
    await own.getByRole('button', { name: 'Save role' }).click();
    await expect.poll(() => own.getByRole('alert').textContent()).toBe(
      'A group needs at least one facilitator. Make someone else a facilitator first, then you can step back.',
    );
    await own.getByRole('button', { name: 'Close' }).click();

    await members.getByRole('button', { name: 'Manage (Sam)' }).click();
    await dana.getByRole('dialog', { name: 'Sam' }).getByRole('button', { name: 'Remove Sam from the group' }).click();
    const confirm = dana.getByRole('dialog', { name: 'Remove Sam from the group?' });
    await expect.poll(() => confirm.isVisible()).toBe(true);
    // Keeping the member is where focus lands: the safe choice.
    expect((await focused(dana)).text).toBe('Keep Sam in the group');
    await expectAccessible(dana, 'remove member confirmation');
    await snap(dana, 'admin-remove-member', false);
    await confirm.getByRole('button', { name: 'Remove Sam' }).click();
    await expect.poll(() => members.getByText('Sam is no longer in the group.').isVisible()).toBe(true);
    await expect.poll(() => members.locator('.member').count()).toBe(2);
    await snapPart(members, 'admin-members');
    // Sam lost access at once: the unlisted group is not even there for him any more.
    expect((await api(sam, 'GET', `/api/groups/${groupId}`)).status).toBe(404);
  });

  it('adds a meeting that starts in a few minutes, moves one date and restores it', async () => {
    const start = groupClock(new Date(Date.now() + 6 * 60_000));
    await dana.getByLabel('Meeting name').fill(title);
    await dana.getByRole('group', { name: 'On these days' }).getByText(start.weekday).click();
    await dana.getByLabel('Starts at').fill(start.time);
    await dana.getByLabel('Meeting link').fill('https://meet.example.org/evening');
    await dana.getByRole('button', { name: 'Add meeting' }).click();
    await expect.poll(() => dana.getByText('The meeting is added to the schedule.').isVisible()).toBe(true);

    const second = dana.locator('.occurrence').nth(1);
    await expect.poll(() => second.textContent()).toContain(title);
    const before = (await api<{ occurrences: Array<{ date: string; startsAt: string }> }>(dana, 'GET', occurrencesUrl())).body.occurrences;
    expect(before.length).toBeGreaterThanOrEqual(2);
    const { date } = before[1]!;
    await second.getByRole('button', { name: 'Move' }).click();
    const dialog = dana.getByRole('dialog', { name: `Move ${title}` });
    expect(await dialog.getByLabel('New date').inputValue()).toBe(date);
    expect(await dialog.getByLabel('New time').inputValue()).toBe(start.time);
    const nextDay = new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await dialog.getByLabel('New date').fill(nextDay);
    await dialog.getByLabel('New time').fill('10:30');
    await expectAccessible(dana, 'move occurrence dialog');
    await snap(dana, 'admin-move-occurrence', false);
    await dialog.getByRole('button', { name: 'Move meeting' }).click();

    await expect.poll(() => second.locator('.badge', { hasText: 'New time' }).count()).toBe(1);
    expect(await second.locator('.occurrence__planned').textContent()).toMatch(/^Instead of \w+, \w+ \d+, /);
    expect(await second.locator('.meeting-time').textContent()).toMatch(/10:30 AM$/);
    const moved = (await api<{ occurrences: Array<{ date: string; status: string; startsAt: string }> }>(dana, 'GET', occurrencesUrl())).body.occurrences;
    const movedOne = moved.find((o) => o.date === date)!;
    expect(movedOne.status).toBe('moved');
    // 10:30 on the group's clock, on the day after.
    expect(new Intl.DateTimeFormat('en-CA', { timeZone: zone, dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(movedOne.startsAt))).toBe(`${nextDay}, 10:30`);
    await snapPart(dana.getByRole('region', { name: 'Upcoming meetings' }), 'admin-moved-occurrence');

    await second.getByRole('button', { name: 'Back to the usual time' }).click();
    await expect.poll(() => second.locator('.badge', { hasText: 'New time' }).count()).toBe(0);
    const restored = (await api<{ occurrences: Array<{ date: string; status: string; startsAt: string }> }>(dana, 'GET', occurrencesUrl())).body.occurrences;
    expect(restored.find((o) => o.date === date)).toMatchObject({ status: 'scheduled', startsAt: before[1]!.startsAt });
  });

  it('edits the agenda template with the keyboard-friendly up/down buttons', async () => {
    const schedule = dana.getByRole('region', { name: 'Meeting schedule' });
    await expect.poll(() => schedule.getByRole('heading', { name: title }).isVisible()).toBe(true);
    await schedule.getByRole('button', { name: `Edit (${title})` }).click();
    const dialog = dana.getByRole('dialog', { name: `Edit ${title}` });
    const agenda = dialog.getByRole('group', { name: 'Agenda' });
    const phaseTitles = () => agenda.locator('[data-phase] input:not([type=number])').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    await expect.poll(phaseTitles).toEqual(['Opening check-in', 'Shared discussion', 'Skill practice', 'Closing reflections']);
    await snap(dana, 'admin-edit-meeting', false);
    expect(await agenda.getByText("The phases take 60 of the meeting's 60 minutes.").isVisible()).toBe(true);

    await agenda.getByRole('button', { name: 'Up (Skill practice)' }).click();
    await expect.poll(phaseTitles).toEqual(['Opening check-in', 'Skill practice', 'Shared discussion', 'Closing reflections']);
    // Focus stays on the button that was pressed, now in the phase's new row; the move is announced.
    await expect.poll(() => focused(dana)).toMatchObject({ move: 'up', phase: 'Skill practice' });
    expect(await agenda.getByRole('status').textContent()).toBe('Skill practice is now phase 2 of 4.');
    await agenda.getByRole('button', { name: 'Up (Skill practice)' }).click();
    // At the top the Up button is disabled, so focus moves to its twin.
    await expect.poll(() => focused(dana)).toMatchObject({ move: 'down', phase: 'Skill practice' });
    await dana.keyboard.press('Enter');
    await expect.poll(phaseTitles).toEqual(['Opening check-in', 'Skill practice', 'Shared discussion', 'Closing reflections']);

    await agenda.getByLabel('Minutes for Shared discussion').fill('20');
    await agenda.getByRole('button', { name: 'Remove (Closing reflections)' }).click();
    await agenda.getByRole('button', { name: 'Add a phase' }).click();
    await expect.poll(() => focused(dana)).toMatchObject({ tag: 'INPUT', phase: '' });
    await dana.keyboard.type('Grounding exercise');
    await agenda.getByLabel('Minutes for Grounding exercise').fill('5');
    expect(await agenda.getByText("The phases take 50 of the meeting's 60 minutes.").isVisible()).toBe(true);

    await agenda.getByLabel('Phase 1', { exact: true }).fill('');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => agenda.getByText('Give every phase a name.').isVisible()).toBe(true);
    expect(await agenda.getByLabel('Phase 1', { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
    await agenda.getByLabel('Phase 1', { exact: true }).fill('Opening check-in');
    await agenda.scrollIntoViewIfNeeded();
    await expectAccessible(dana, 'edit meeting dialog');
    await snap(dana, 'admin-edit-agenda', false);
    await dialog.getByRole('button', { name: 'Save changes' }).click();

    await expect.poll(() => schedule.getByText(`${title} is saved.`).isVisible()).toBe(true);
    const saved = await api<{ meetings: Array<{ title: string; agenda: unknown }> }>(dana, 'GET', `/api/groups/${groupId}/meetings`);
    expect(saved.body.meetings.find((m) => m.title === title)?.agenda).toEqual([
      { kind: 'opening_checkin', title: 'Opening check-in', minutes: 10 },
      { kind: 'skill_practice', title: 'Skill practice', minutes: 15 },
      { kind: 'discussion', title: 'Shared discussion', minutes: 20 },
      { kind: 'custom', title: 'Grounding exercise', minutes: 5 },
    ]);
    expect(await schedule.locator('.agenda-summary li').allTextContents()).toEqual([
      'Opening check-in 10 min',
      'Skill practice 15 min',
      'Shared discussion 20 min',
      'Grounding exercise 5 min',
    ]);
    await expectAccessible(dana, 'group page with the schedule');
    await snapPart(schedule, 'admin-schedule');
  });

  it('deletes a series only after asking', async () => {
    const other = await api(dana, 'POST', `/api/groups/${groupId}/meetings`, {
      title: 'Saturday walk',
      recurrence: { freq: 'weekly', byDay: ['SA'] },
      startTime: '09:00',
      durationMinutes: 60,
      format: 'in_person',
      location: { address: '1 Harbour Road' },
      open: false,
    });
    expect(other.status).toBe(201);
    await dana.reload();
    const schedule = dana.getByRole('region', { name: 'Meeting schedule' });
    await schedule.getByRole('button', { name: 'Delete (Saturday walk)' }).click();
    const confirm = dana.getByRole('dialog', { name: 'Delete Saturday walk?' });
    expect((await focused(dana)).text).toBe('Keep the meeting');
    await expectAccessible(dana, 'delete meeting confirmation');
    await confirm.getByRole('button', { name: 'Keep the meeting' }).click();
    expect(await schedule.getByRole('heading', { name: 'Saturday walk' }).isVisible()).toBe(true);
    await schedule.getByRole('button', { name: 'Delete (Saturday walk)' }).click();
    await confirm.getByRole('button', { name: 'Delete meeting' }).click();
    await expect.poll(() => schedule.getByText('Saturday walk is deleted.').isVisible()).toBe(true);
    await expect.poll(() => schedule.getByRole('heading', { name: 'Saturday walk' }).count()).toBe(0);
  });

  it('lets a member check in to the meeting that is about to start', async () => {
    await luz.reload();
    const now = luz.locator('.occurrence').first();
    await expect.poll(() => now.textContent()).toContain(title);
    await now.getByRole('button', { name: 'I’m here' }).click();
    await expect.poll(() => now.locator('.check-in').textContent()).toBe('You’re checked in. Glad you’re here.');
    await expectAccessible(luz, 'group page after checking in');
    await snapPart(now, 'admin-member-checked-in');

    const first = (await api<{ occurrences: Array<{ seriesId: string; date: string }> }>(dana, 'GET', occurrencesUrl())).body.occurrences[0]!;
    const sheet = await api<{ counts: { present: number }; entries: Array<{ displayName: string; status: string | null; mode: string | null }> }>(
      dana,
      'GET',
      `/api/groups/${groupId}/meetings/${first.seriesId}/occurrences/${first.date}/attendance`,
    );
    expect(sheet.body.counts.present).toBe(1);
    expect(sheet.body.entries.find((e) => e.displayName === 'Luz')).toMatchObject({ status: 'present', mode: 'online' });
  });

  it('shares the facilitator role, lets the first facilitator step back, and reads well in Spanish on a laptop', async () => {
    const rafa = await person(browser, `rafa_${suffix}`, 'Rafa', 'es');
    watched.push(watchConsole(rafa));
    const invitation = await api<{ token: string }>(dana, 'POST', `/api/groups/${groupId}/invitations`, { maxUses: 1 });
    expect((await api(rafa, 'POST', `/api/invitations/${invitation.body.token}/accept`, { agreementVersion: 2 })).status).toBe(200);

    await dana.reload();
    const members = dana.getByRole('region', { name: 'Members' });
    await members.getByRole('button', { name: 'Manage (Rafa)' }).click();
    await dana.getByRole('dialog', { name: 'Rafa' }).getByRole('radio', { name: /^Facilitator/ }).check();
    await dana.getByRole('dialog', { name: 'Rafa' }).getByRole('button', { name: 'Save role' }).click();
    await expect.poll(() => members.getByText("Rafa's role is now: Facilitator.").isVisible()).toBe(true);

    // With a second facilitator, Dana can hand over and step back; her page follows her new role.
    await members.getByRole('button', { name: 'Manage (Dana)' }).click();
    await dana.getByRole('dialog', { name: 'Your role' }).getByRole('radio', { name: /^Co-facilitator/ }).check();
    await dana.getByRole('dialog', { name: 'Your role' }).getByRole('button', { name: 'Save role' }).click();
    await expect.poll(() => dana.locator('.group-page__meta .badge').first().textContent()).toBe('Co-facilitator');
    // A co-facilitator changes no roles and removes no facilitator, but may still remove a co-facilitator.
    await expect.poll(() => members.getByRole('button', { name: 'Manage (Rafa)' }).count()).toBe(0);
    await members.getByRole('button', { name: 'Manage (Luz)' }).click();
    const luzDialog = dana.getByRole('dialog', { name: 'Luz' });
    expect(await luzDialog.getByRole('radio').count()).toBe(0);
    expect(await luzDialog.getByRole('button', { name: 'Remove Luz from the group' }).isVisible()).toBe(true);
    await luzDialog.getByRole('button', { name: 'Close' }).click();

    await rafa.setViewportSize({ width: 1280, height: 900 });
    await rafa.goto(groupPath);
    await expect.poll(() => rafa.getByRole('heading', { name: 'Herramientas del equipo coordinador' }).isVisible()).toBe(true);
    await rafa.getByRole('region', { name: 'Calendario de reuniones' }).getByRole('button', { name: `Editar (${title})` }).click();
    const edit = rafa.getByRole('dialog', { name: `Editar ${title}` });
    // Dana's agenda was pre-filled in English: its default titles open in Rafa's Spanish, the group's own as written.
    const rafaAgenda = edit.getByRole('group', { name: 'Agenda' });
    await expect.poll(() => rafaAgenda.getByLabel('Fase 2', { exact: true }).inputValue()).toBe('Práctica de habilidades');
    expect(await rafaAgenda.getByLabel('Fase 4', { exact: true }).inputValue()).toBe('Grounding exercise');
    await expectAccessible(rafa, 'edit meeting dialog (Spanish, laptop)');
    await rafaAgenda.scrollIntoViewIfNeeded();
    await snap(rafa, 'admin-edit-agenda-es-laptop', false);
    await edit.getByRole('button', { name: 'Cancelar' }).click();
    await rafa.getByRole('region', { name: 'Miembros' }).getByRole('button', { name: 'Gestionar (Dana)' }).click();
    await expect.poll(() => rafa.getByRole('dialog', { name: 'Dana' }).getByRole('radio', { name: /^Cofacilitador/ }).isChecked()).toBe(true);
    await expectAccessible(rafa, 'manage member dialog (Spanish, laptop)');
    await snap(rafa, 'admin-manage-member-es-laptop', false);
  });

  it('saw no CSP violation or page error on the way', () => {
    expect(watched.flat()).toEqual([]);
  });

  function occurrencesUrl() {
    const from = new Date(Date.now() - 3_600_000).toISOString();
    const to = new Date(Date.now() + 28 * 86_400_000).toISOString();
    return `/api/groups/${groupId}/occurrences?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  }
});
