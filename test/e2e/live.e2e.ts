import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSignUp, expectAccessible, hasBrowser, launchBrowser, laptopContext, pageApi, phoneContext, watchConsole } from './browser.js';
import { groupZone, meetingStartingNow, pick, snap } from './live-helpers.js';

const suffix = Date.now().toString(36);

const agenda = [
  { kind: 'opening_checkin', title: 'Opening check-in', minutes: 10 },
  { kind: 'discussion', title: 'Shared discussion', minutes: 20 },
  { kind: 'skill_practice', title: 'Skill practice', minutes: 15 },
  { kind: 'closing_reflection', title: 'Closing reflections', minutes: 10 },
  { kind: 'custom', title: 'Announcements', minutes: 5 },
];

describe.skipIf(!hasBrowser)('a live session with a facilitator and two members, in the browser', () => {
  let browser: Browser;
  let rosa: Page; // facilitator, on a laptop (the projected runner view)
  let ana: Page; // member, on her phone
  let ben: Page; // member, on his phone
  let room: Page; // the room's screen Rosa puts on the projector, from her laptop
  let groupId = '';
  let sessionPath = '';
  const series: Record<'first' | 'second', { id: string; date: string; title: string }> = {
    first: { id: '', date: '', title: 'Evening circle' },
    second: { id: '', date: '', title: 'Late circle' },
  };
  const watched: string[][] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    const laptop = await laptopContext(browser);
    rosa = await laptop.newPage();
    ana = await (await phoneContext(browser)).newPage();
    ben = await (await phoneContext(browser)).newPage();
    watched.push(watchConsole(rosa), watchConsole(ana), watchConsole(ben));
    await apiSignUp(rosa, `rosa_${suffix}`, 'Rosa');
    await apiSignUp(ana, `ana_${suffix}`, 'Ana');
    await apiSignUp(ben, `ben_${suffix}`, 'Ben');

    const zone = groupZone();
    const group = await pageApi(rosa, 'POST', '/api/groups', { name: `Harbour group ${suffix}`, timeZone: zone, joinPolicy: 'invite', listed: false });
    groupId = group.id;
    const { token } = await pageApi(rosa, 'POST', `/api/groups/${groupId}/invitations`, {});
    for (const member of [ana, ben]) await pageApi(member, 'POST', `/api/invitations/${token}/accept`, { agreementVersion: group.agreement.version });

    // Two meetings today, both already started: the second is "the next session" of the group.
    for (const key of ['first', 'second'] as const) {
      const created = await meetingStartingNow(rosa, groupId, zone, { title: series[key].title, address: '12 Elm Street', agenda });
      series[key].id = created.id;
    }
    const from = new Date(Date.now() - 2 * 3600_000).toISOString();
    const to = new Date(Date.now() + 86_400_000).toISOString();
    const { occurrences } = await pageApi(rosa, 'GET', `/api/groups/${groupId}/occurrences?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    for (const key of ['first', 'second'] as const) series[key].date = occurrences.find((o: { seriesId: string }) => o.seriesId === series[key].id).date;
  });
  afterAll(async () => {
    await browser?.close();
  });

  const occurrence = (page: Page, title: string) => page.locator('.occurrence').filter({ hasText: title });

  it('Rosa, the facilitator, starts the session from the meeting on the group page', async () => {
    await rosa.goto(`/groups/${groupId}`);
    const meeting = occurrence(rosa, series.first.title);
    const start = meeting.getByRole('button', { name: 'Start live session' });
    await expect.poll(() => start.isVisible()).toBe(true);
    expect(await meeting.getByRole('button', { name: 'I’m here in person' }).isVisible()).toBe(true);
    await start.click();
    await rosa.waitForURL('**/live/*');
    sessionPath = new URL(rosa.url()).pathname;
    await expect.poll(() => rosa.getByRole('heading', { name: 'Opening check-in', level: 2 }).isVisible()).toBe(true);
    expect(await rosa.getByText('It’s your turn.').isVisible()).toBe(true);
    expect(await rosa.getByRole('region', { name: 'Agenda' }).getByRole('button', { name: 'Next phase' }).isVisible()).toBe(true);
    expect(await rosa.getByRole('timer').textContent()).toMatch(/^\d+:\d\d left/);
    await expectAccessible(rosa, 'runner view, opening round');
  });

  it('Ana joins from Today in person, Ben from the meeting online; Rosa sees them arrive', async () => {
    await ana.goto('/today');
    await ana.getByRole('region', { name: 'Live now' }).getByRole('link', { name: `Join ${series.first.title}, live now` }).click();
    await ana.waitForURL(`**${sessionPath}`);
    await expect.poll(() => ana.getByRole('button', { name: 'Join in person' }).isVisible()).toBe(true);
    await expectAccessible(ana, 'join prompt');
    await ana.getByRole('button', { name: 'Join in person' }).click();
    await expect.poll(() => ana.getByText('Rosa’s turn').isVisible()).toBe(true);

    await ben.goto(`/groups/${groupId}`);
    const meeting = occurrence(ben, series.first.title);
    const join = meeting.getByRole('link', { name: `Join ${series.first.title}, live now` });
    await expect.poll(() => join.isVisible()).toBe(true);
    // While the session runs, joining it is how one says "I'm here": the meeting's own buttons are gone.
    expect(await meeting.getByRole('button', { name: /I’m here/ }).count()).toBe(0);
    expect(await occurrence(ben, series.second.title).getByRole('button', { name: 'I’m here online' }).isVisible()).toBe(true);
    await join.click();
    await ben.getByRole('button', { name: 'Join online' }).click();
    await expect.poll(() => ben.getByText('Rosa’s turn').isVisible()).toBe(true);

    const here = rosa.getByRole('region', { name: 'Here now' });
    await expect.poll(() => here.getByText('3 people here: 2 in person, 1 online').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await rosa.getByRole('list', { name: 'Turns, in order' }).getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('You'),
      expect.stringContaining('Ana'),
      expect.stringContaining('Ben'),
    ]);
  });

  it('Rosa puts the session on the room’s screen: everyone by name, no forms, no controls, no navigation', async () => {
    const opened = rosa.context().waitForEvent('page');
    await rosa.getByRole('link', { name: 'Show on a big screen' }).click();
    room = await opened;
    watched.push(watchConsole(room));
    await room.waitForURL('**/room');
    await expect.poll(() => room.getByRole('heading', { name: 'Opening check-in', level: 2 }).isVisible(), { timeout: 15_000 }).toBe(true);
    // Rosa's own screen says "It's your turn" with her check-in form; the room reads her name.
    expect(await room.getByText('Rosa’s turn').isVisible()).toBe(true);
    const turns = await room.getByRole('list', { name: 'Turns, in order' }).getByRole('listitem').allTextContents();
    expect(turns).toEqual([expect.stringMatching(/^Rosa/), expect.stringMatching(/^Ana/), expect.stringMatching(/^Ben/)]);
    expect(turns.join(' ')).not.toContain('You');
    const main = room.getByRole('main');
    expect(await main.getByRole('button').count()).toBe(0);
    expect(await main.getByRole('radio').count()).toBe(0);
    expect(await main.getByRole('textbox').count()).toBe(0);
    expect(await room.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    expect(await room.getByRole('button', { name: 'Need help now' }).isVisible()).toBe(true);
    expect(await room.getByRole('timer').textContent()).toMatch(/^\d+:\d\d left/);
    await expectAccessible(room, 'room screen, opening round');
    await snap(room, 'live-room-opening', false);
  });

  it('the opening round: Rosa shares first, Ana shares and keeps her line, Ben passes without comment', async () => {
    await pick(rosa, 'Mood', 'Good');
    await pick(rosa, 'Energy', 'Okay');
    await pick(rosa, 'Craving, from 0 to 10', '1');
    await rosa.getByRole('button', { name: 'Share', exact: true }).click();
    await expect.poll(() => rosa.getByText('Thank you for sharing.').isVisible()).toBe(true);
    await rosa.getByRole('button', { name: 'Next person' }).click();

    await expect.poll(() => ana.getByText('It’s your turn.').isVisible(), { timeout: 15_000 }).toBe(true);
    // Rosa's check-in reached Ana live.
    expect(await ana.getByText('Mood: Good · Energy: Okay · Craving: 1 of 10').isVisible()).toBe(true);
    await expectAccessible(ana, 'member view, my turn');
    await snap(ana, 'live-member-turn');
    await ana.getByRole('button', { name: 'Share', exact: true }).click();
    await expect.poll(() => ana.getByText('Choose your mood, energy and craving', { exact: false }).isVisible()).toBe(true);
    await pick(ana, 'Mood', 'Okay');
    await pick(ana, 'Energy', 'Low');
    await pick(ana, 'Craving, from 0 to 10', '4');
    await ana.getByLabel('One line for the group').fill('Glad to be here after a long week');
    await ana.getByText('Keep my line for myself').click();
    await ana.getByRole('button', { name: 'Share', exact: true }).click();
    await expect.poll(() => ana.getByText('Thank you for sharing.').isVisible()).toBe(true);

    const turns = rosa.getByRole('list', { name: 'Turns, in order' });
    await expect.poll(() => turns.getByText('Glad to be here after a long week').isVisible(), { timeout: 15_000 }).toBe(true);
    await expectAccessible(rosa, 'runner view after a share');
    await snap(rosa, 'live-runner-round', false);
    await rosa.getByRole('button', { name: 'Next person' }).click();

    await expect.poll(() => ben.getByText('It’s your turn.').isVisible(), { timeout: 15_000 }).toBe(true);
    await ben.getByRole('button', { name: 'Pass', exact: true }).click();
    const benTurn = turns.getByRole('listitem').filter({ hasText: 'Ben' });
    await expect.poll(() => benTurn.textContent(), { timeout: 15_000 }).toBe('BenPassed');
    await expect.poll(() => ana.getByText('Everyone has had their turn.').isVisible(), { timeout: 15_000 }).toBe(true);
  });

  it('the discussion: Rosa sets the topic, Ana and Ben raise hands, Ana gets the floor', async () => {
    await rosa.getByRole('button', { name: 'Next phase' }).click();
    await expect.poll(() => rosa.getByRole('heading', { name: 'Shared discussion', level: 2 }).isVisible()).toBe(true);
    await rosa.getByLabel('Topic for everyone').fill('Getting through the weekend');
    await rosa.getByRole('button', { name: 'Show topic' }).click();
    await expect.poll(() => ana.getByText('Getting through the weekend').isVisible(), { timeout: 15_000 }).toBe(true);

    await ana.getByRole('button', { name: 'Raise my hand' }).click();
    await expect.poll(() => ana.getByText('You’re number 1 in line.').isVisible()).toBe(true);
    await ben.getByRole('button', { name: 'Raise my hand' }).click();
    await expect.poll(() => ben.getByText('You’re number 2 in line.').isVisible()).toBe(true);
    const queue = rosa.getByRole('list', { name: 'Waiting to speak' });
    await expect.poll(() => queue.getByRole('listitem').allTextContents(), { timeout: 15_000 }).toEqual(['AnaRemove', 'BenRemove']);
    await rosa.getByRole('button', { name: 'Next speaker' }).click();
    await expect.poll(() => ben.getByText('Ana is speaking.').isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => ana.getByText('You have the floor.').isVisible()).toBe(true);
    await expect.poll(() => ben.getByText('You’re number 1 in line.').isVisible()).toBe(true);
    // The room follows: who has the floor and who waits, with no hand to raise and no clock on the speaker.
    await expect.poll(() => room.getByText('Ana is speaking.').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await room.getByRole('list', { name: 'Waiting to speak' }).getByRole('listitem').allTextContents()).toEqual(['Ben']);
    expect(await room.getByRole('main').getByRole('button').count()).toBe(0);
    expect(await room.getByText('Getting through the weekend').isVisible()).toBe(true);
    await snap(room, 'live-room-discussion', false);
    // The runner alone sees how long the floor has been Ana's: a count up, not a limit.
    const speakerClock = rosa.getByRole('timer', { name: 'How long they have had the floor' });
    await expect.poll(() => speakerClock.textContent()).toMatch(/^Speaking for 0:0\d$/);
    expect(await ben.getByRole('timer', { name: 'How long they have had the floor' }).count()).toBe(0);
    expect(await ana.getByText(/^Speaking for/).count()).toBe(0);
    await expectAccessible(ben, 'member view, discussion');
    await snap(ben, 'live-member-discussion');
    await expectAccessible(rosa, 'runner view, discussion');
    await snap(rosa, 'live-runner-discussion', false);
  });

  it('skill practice: Rosa picks urge surfing, adds time, moves and skips a phase', async () => {
    await rosa.getByRole('button', { name: 'Next phase' }).click();
    await expect.poll(() => ana.getByRole('heading', { name: 'Skill practice', level: 2 }).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await ana.getByText('The practice will appear here once it’s chosen.').isVisible()).toBe(true);
    await rosa.getByLabel('Practice to do together').selectOption({ label: 'Urge surfing' });
    await rosa.getByRole('button', { name: 'Show to everyone' }).click();
    await expect.poll(() => ana.getByRole('heading', { name: 'Urge surfing' }).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await ana.locator('.live-steps li').count()).toBe(7);
    await expectAccessible(ana, 'member view, practice');

    await rosa.getByRole('button', { name: 'Add 5 minutes' }).click();
    await expect.poll(() => ana.getByText('20 minutes planned').isVisible(), { timeout: 15_000 }).toBe(true);
    const agendaList = rosa.getByRole('region', { name: 'Agenda' });
    await agendaList.getByRole('button', { name: 'Move Announcements earlier' }).click();
    await expect.poll(() => agendaList.locator('.live-agenda__title').allTextContents()).toEqual([
      'Opening check-in',
      'Shared discussion',
      'Skill practice',
      'Announcements',
      'Closing reflections',
    ]);
    await agendaList.getByRole('button', { name: 'Skip Announcements' }).click();
    await expect.poll(() => agendaList.locator('.live-agenda__item--skipped').textContent()).toContain('Skipped');
    await expectAccessible(rosa, 'runner view, practice');
  });

  it('closing: Ana says her commitment aloud, Ben keeps his words to himself', async () => {
    await rosa.getByRole('button', { name: 'Next phase' }).click();
    await expect.poll(() => rosa.getByRole('heading', { name: 'Closing reflections', level: 2 }).isVisible()).toBe(true);
    // The last phase to come: ending is the way on.
    expect(await rosa.getByRole('button', { name: 'Next phase' }).count()).toBe(0);
    await rosa.getByRole('button', { name: 'Pass', exact: true }).click();

    await expect.poll(() => ana.getByText('It’s your turn.').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await ana.getByLabel('One small thing I’ll try this week').getAttribute('placeholder')).toBe('e.g. one healthier meal, or text my partner before the party');
    await ana.getByLabel('One thing I’m taking with me').fill('Urges pass if I wait');
    await ana.getByLabel('One small thing I’ll try this week').fill('Text my partner before the party');
    await ana.getByText('Say my commitment aloud').click();
    await expectAccessible(ana, 'member view, closing turn');
    await ana.getByRole('button', { name: 'Share', exact: true }).click();
    const turns = rosa.getByRole('list', { name: 'Turns, in order' });
    await expect.poll(() => turns.getByText('This week: Text my partner before the party').isVisible(), { timeout: 15_000 }).toBe(true);
    await rosa.getByRole('button', { name: 'Next person' }).click();

    await expect.poll(() => ben.getByText('It’s your turn.').isVisible(), { timeout: 15_000 }).toBe(true);
    await ben.getByLabel('One small thing I’ll try this week').fill('One healthier meal');
    await ben.getByRole('button', { name: 'Share', exact: true }).click();
    const benTurn = turns.getByRole('listitem').filter({ hasText: 'Ben' });
    await expect.poll(() => benTurn.getByText('Made a commitment for the week').isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => ana.getByText('Made a commitment for the week').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await rosa.content()).not.toContain('One healthier meal');
    expect(await ana.content()).not.toContain('One healthier meal');
    await rosa.getByRole('button', { name: 'Next person' }).click();
    await expect.poll(() => rosa.getByText('Everyone has had their turn.').isVisible()).toBe(true);
  });

  it('Rosa ends the session; Ana and Ben are thanked and give anonymous feedback', async () => {
    await rosa.getByRole('button', { name: 'End session' }).click();
    const confirm = rosa.getByRole('dialog', { name: 'End the session for everyone?' });
    await expectAccessible(rosa, 'end session dialog');
    await confirm.getByRole('button', { name: 'End session' }).click();
    await expect.poll(() => rosa.getByRole('heading', { name: 'Thank you for being here' }).isVisible()).toBe(true);

    for (const [member, answers] of [
      [ana, ['5', '4', '3']],
      [ben, ['4', '4', '4']],
    ] as const) {
      await expect.poll(() => member.getByRole('heading', { name: 'Thank you for being here' }).isVisible(), { timeout: 15_000 }).toBe(true);
      const form = member.getByRole('form', { name: 'How was today’s session?' });
      await expect.poll(() => form.isVisible()).toBe(true);
      expect(await form.getByText('Your answers are anonymous.', { exact: false }).isVisible()).toBe(true);
      await pick(form, 'I felt safe', answers[0]);
      await pick(form, 'It was helpful', answers[1]);
      await pick(form, 'The pacing was right', answers[2]);
      if (member === ana) await form.getByLabel('Anything else you’d like the core team to know?').fill('Thank you, Rosa.');
      await expectAccessible(member, 'ended view with the feedback form');
      await form.getByRole('button', { name: 'Send feedback' }).click();
      await expect.poll(() => member.getByText('Thank you for your feedback.').isVisible()).toBe(true);
    }
    // Nothing anyone said is on the page once it ended, nor on the room's screen.
    expect(await ana.content()).not.toContain('Glad to be here after a long week');
    await expect.poll(() => room.getByText('The session has ended. Thank you for being here.').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await room.content()).not.toContain('Glad to be here after a long week');
    await room.close();
    await snap(ana, 'live-member-ended');
  });

  it('attendance is recorded for everyone who joined, with how they were there', async () => {
    const sheet = await pageApi(rosa, 'GET', `/api/groups/${groupId}/meetings/${series.first.id}/occurrences/${series.first.date}/attendance`);
    const marks = Object.fromEntries(sheet.entries.map((e: { displayName: string; status: string; mode: string }) => [e.displayName, `${e.status}/${e.mode}`]));
    expect(marks).toEqual({ Rosa: 'present/in_person', Ana: 'present/in_person', Ben: 'present/online' });
  });

  it('the core team reads the summary: counts and timings, feedback held back below five answers, nothing said', async () => {
    await rosa.getByRole('link', { name: 'See the session summary' }).click();
    await rosa.waitForURL('**/summary');
    await expect.poll(() => rosa.getByRole('heading', { name: `Summary: ${series.first.title}` }).isVisible()).toBe(true);
    const attendance = rosa.getByRole('region', { name: 'Attendance' });
    expect(await attendance.locator('dd').allTextContents()).toEqual(['3', '2', '1']);
    expect(await rosa.getByText('2 people made a commitment for the week.').isVisible()).toBe(true);
    expect(await rosa.getByText('Shown once 5 or more people have answered (2 so far).').isVisible()).toBe(true);
    const rows = rosa.getByRole('region', { name: 'Phases, planned and actual' }).getByRole('row');
    expect(await rows.nth(3).textContent()).toMatch(/^Skill practice20 minutes(Under a minute|\d+ minutes?)$/);
    expect(await rows.nth(4).textContent()).toBe('Announcements5 minutesSkipped');
    const html = await rosa.content();
    for (const said of ['Glad to be here', 'Text my partner', 'One healthier meal', 'Thank you, Rosa.']) expect(html).not.toContain(said);
    await expectAccessible(rosa, 'session summary');
    await snap(rosa, 'live-summary');

    await rosa.goto(`/groups/${groupId}`);
    const past = rosa.getByRole('region', { name: 'Live sessions' });
    await expect.poll(() => past.getByRole('link', { name: `Summary of ${series.first.title}`, exact: false }).isVisible()).toBe(true);
  });

  it('at the next session Ana privately reports how her commitment went, and finds it under My commitments', async () => {
    await occurrence(rosa, series.second.title).getByRole('button', { name: 'Start live session' }).click();
    await rosa.waitForURL('**/live/*');
    await expect.poll(() => rosa.getByText('It’s your turn.').isVisible()).toBe(true);

    // Ana hears of the new session live on Today.
    await ana.goto('/today');
    const join = ana.getByRole('region', { name: 'Live now' }).getByRole('link', { name: `Join ${series.second.title}, live now` });
    await expect.poll(() => join.isVisible(), { timeout: 15_000 }).toBe(true);
    await join.click();
    await ana.getByRole('button', { name: 'Join in person' }).click();
    const reminder = ana.locator('.live-private');
    await expect.poll(() => reminder.textContent()).toContain('Last time you chose to try: “Text my partner before the party”');
    expect(await reminder.textContent()).toContain('Only you see this');

    await rosa.getByRole('button', { name: 'Pass', exact: true }).click();
    await expect.poll(() => ana.getByText('It’s your turn.').isVisible(), { timeout: 15_000 }).toBe(true);
    await pick(ana, 'How did it go?', 'Done');
    await ana.getByLabel('What I tried').fill('Texted Sam on the way there');
    expect(await ana.getByRole('radio', { name: 'Keep it to myself' }).isChecked()).toBe(true);
    await pick(ana, 'Mood', 'Good');
    await pick(ana, 'Energy', 'Good');
    await pick(ana, 'Craving, from 0 to 10', '2');
    await expectAccessible(ana, 'my turn with last week’s commitment');
    await snap(ana, 'live-member-report');
    await ana.getByRole('button', { name: 'Share', exact: true }).click();
    await expect.poll(() => ana.getByText('Thank you for sharing.').isVisible()).toBe(true);
    const anaTurn = rosa.getByRole('list', { name: 'Turns, in order' }).getByRole('listitem').filter({ hasText: 'Ana' });
    await expect.poll(() => anaTurn.textContent(), { timeout: 15_000 }).toContain('Shared');
    expect(await rosa.content()).not.toContain('Texted Sam');
    expect(await anaTurn.textContent()).not.toContain('commitment');

    await ana.goto('/progress');
    await ana.getByRole('link', { name: 'See my commitments' }).click();
    await ana.waitForURL('**/commitments');
    const commitments = ana.getByRole('region', { name: 'Commitments' });
    const made = commitments.getByRole('listitem').filter({ hasText: 'Text my partner before the party' });
    await expect.poll(() => made.isVisible()).toBe(true);
    expect(await made.textContent()).toContain('Done');
    expect(await made.textContent()).toContain('What I tried: Texted Sam on the way there');
    expect(await ana.getByRole('region', { name: 'My check-ins at sessions' }).getByText('Glad to be here after a long week').isVisible()).toBe(true);
    await expectAccessible(ana, '/commitments');
    await snap(ana, 'live-commitments');
  });

  it('kept the consoles free of errors', () => {
    for (const problems of watched) expect(problems).toEqual([]);
  });
});
