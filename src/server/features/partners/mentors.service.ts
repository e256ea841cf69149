import type { GroupMentor, MentorFocus, MentorProfile, MentorProfileInput, MentorSuggestion, MyMentoring } from '../../../shared/partners.js';
import { rankMentors } from '../../../shared/mentor-match.js';
import type { AppContext } from '../../context.js';
import type { DB } from '../../db/database.js';
import { Conflict, NotFound } from '../../errors.js';
import { displayNamesOf, getAccount } from '../accounts/accounts.service.js';
import { isCoreTeam } from '../groups/groups.policy.js';
import { activeGroupsOf, activeMemberNames, coreTeamGroup, coreTeamIds, groupsInGoodStandingOf, memberGroup } from '../groups/groups.service.js';
import { notify } from '../notifications/notify.js';
import * as repo from './mentors.repository.js';
import { menteeCounts, myMentorIds } from './partners.repository.js';

function presentProfile(row: repo.MentorProfileRow, mentees: number): MentorProfile {
  return {
    languages: JSON.parse(row.languages) as string[],
    focus: JSON.parse(row.focus) as MentorFocus[],
    availability: row.availability ?? '',
    about: row.about,
    capacity: row.capacity,
    active: row.active === 1,
    mentees,
  };
}

/** My mentor profile and, for each of my groups, where my offer to mentor stands. */
export async function myMentoring(db: DB, accountId: string): Promise<MyMentoring> {
  const [row, groups, approvals, counts] = await Promise.all([repo.findProfile(db, accountId), activeGroupsOf(db, accountId), repo.approvalsOf(db, accountId), menteeCounts(db, [accountId])]);
  const status = new Map(approvals.map((a) => [a.group_id, a.status as 'pending' | 'approved' | 'declined']));
  return {
    profile: row ? presentProfile(row, counts.get(accountId) ?? 0) : null,
    offers: groups.map((g) => ({ groupId: g.id, groupName: g.name, status: status.get(g.id) ?? 'none' })),
  };
}

export async function saveProfile(db: DB, accountId: string, input: MentorProfileInput): Promise<MyMentoring> {
  const now = new Date().toISOString();
  await repo.upsertProfile(db, {
    account_id: accountId,
    languages: JSON.stringify(input.languages),
    focus: JSON.stringify(input.focus),
    availability: input.availability || null,
    about: input.about || null,
    capacity: input.capacity,
    active: input.active ? 1 : 0,
    created_at: now,
    updated_at: now,
  });
  return myMentoring(db, accountId);
}

/** Offers to mentor in a group I belong to; its core team is asked to approve. */
export async function offerToMentor(ctx: AppContext, key: string, accountId: string) {
  const { group } = await memberGroup(ctx.db, key, accountId);
  if (!(await repo.findProfile(ctx.db, accountId))) throw new Conflict('Please fill in your mentor profile first.', 'mentor_profile_required');
  const names = await displayNamesOf(ctx.db, [accountId]);
  const row = await ctx.db.transaction().execute(async (trx) => {
    const saved = await repo.offer(trx, { group_id: group.id, account_id: accountId, status: 'pending', decided_by: null, decided_at: null, created_at: new Date().toISOString() });
    if (saved.status === 'pending' && saved.decided_at === null) {
      for (const id of await coreTeamIds(trx, group.id)) {
        if (id === accountId) continue;
        await notify(trx, { accountId: id, kind: 'mentor.approval_request', data: { groupId: group.id, groupName: group.name, name: names.get(accountId) ?? '' }, actorId: accountId });
      }
    }
    return saved;
  });
  ctx.worker.wake();
  return { groupId: group.id, groupName: group.name, status: row.status as 'pending' | 'approved' | 'declined' };
}

/** A group's approved mentors for its members; its core team also sees offers waiting. */
export async function groupMentors(db: DB, key: string, accountId: string): Promise<GroupMentor[]> {
  const { group, membership } = await memberGroup(db, key, accountId, { allowOutdatedAgreement: true });
  const statuses = isCoreTeam(membership) ? ['approved', 'pending'] : ['approved'];
  const [approvals, members] = await Promise.all([repo.approvalsIn(db, [group.id], statuses), activeMemberNames(db, group.id)]);
  const names = new Map(members.map((m) => [m.account_id, m.display_name]));
  const current = approvals.filter((a) => names.has(a.account_id));
  const profiles = new Map((await repo.profilesOf(db, current.map((a) => a.account_id))).map((p) => [p.account_id, p]));
  return current.flatMap((a) => {
    const p = profiles.get(a.account_id);
    if (!p) return [];
    const { languages, focus, availability, about } = presentProfile(p, 0);
    return [{ accountId: a.account_id, name: names.get(a.account_id) ?? '', status: a.status as GroupMentor['status'], languages, focus, availability, about }];
  });
}

export async function decideMentor(ctx: AppContext, key: string, deciderId: string, mentorId: string, status: 'approved' | 'declined') {
  const { group } = await coreTeamGroup(ctx.db, key, deciderId);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.findApproval(trx, group.id, mentorId);
    if (!existing) throw new NotFound('No such offer to mentor.');
    await repo.decide(trx, group.id, mentorId, status, deciderId);
    if (status === 'approved' && existing.status !== 'approved') {
      await notify(trx, { accountId: mentorId, kind: 'mentor.approved', data: { groupId: group.id, groupName: group.name }, actorId: deciderId });
    }
  });
  ctx.worker.wake();
  return (await groupMentors(ctx.db, group.id, deciderId)).find((m) => m.accountId === mentorId) ?? null;
}

/** Approved, active mentors with room, in my groups, ranked for me (not me, not mine already). */
export async function suggestions(db: DB, accountId: string, focus: readonly MentorFocus[], now = new Date()): Promise<MentorSuggestion[]> {
  const me = await getAccount(db, accountId);
  const groups = await groupsInGoodStandingOf(db, accountId);
  const [approvals, mine, ownProfile] = await Promise.all([repo.approvalsIn(db, groups.map((g) => g.id), ['approved']), myMentorIds(db, accountId), repo.findProfile(db, accountId)]);
  const rosters = new Map(await Promise.all(groups.map(async (g) => [g.id, new Map((await activeMemberNames(db, g.id)).map((m) => [m.account_id, m.display_name]))] as const)));
  const seen = new Map<string, { groupId: string; name: string }>();
  for (const a of approvals) {
    const name = rosters.get(a.group_id)?.get(a.account_id);
    if (name && a.account_id !== accountId && !mine.has(a.account_id) && !seen.has(a.account_id)) seen.set(a.account_id, { groupId: a.group_id, name });
  }
  const [profiles, counts] = await Promise.all([repo.profilesOf(db, [...seen.keys()]), menteeCounts(db, [...seen.keys()])]);
  const open = profiles.filter((p) => p.active === 1 && (counts.get(p.account_id) ?? 0) < p.capacity);
  const candidates = await Promise.all(open.map(async (p) => {
    const shown = presentProfile(p, counts.get(p.account_id) ?? 0);
    return { accountId: p.account_id, timeZone: (await getAccount(db, p.account_id)).time_zone, ...shown };
  }));
  const languages = [me.locale, ...(ownProfile ? (JSON.parse(ownProfile.languages) as string[]) : [])];
  const groupNames = new Map(groups.map((g) => [g.id, g.name]));
  return rankMentors({ languages, timeZone: me.time_zone, focus }, candidates, now).map(({ mentor, reasons }) => {
    const { groupId, name } = seen.get(mentor.accountId)!;
    return { accountId: mentor.accountId, name, groupId, groupName: groupNames.get(groupId) ?? '', languages: mentor.languages, focus: mentor.focus, availability: mentor.availability, about: mentor.about, reasons };
  });
}

/** Whether a mentor is approved in the group and still an active member of it. */
export async function isApprovedMentor(db: DB, groupId: string, mentorId: string): Promise<boolean> {
  const approval = await repo.findApproval(db, groupId, mentorId);
  if (approval?.status !== 'approved') return false;
  return (await activeMemberNames(db, groupId)).some((m) => m.account_id === mentorId);
}

export async function hasRoom(db: DB, mentorId: string): Promise<boolean> {
  const profile = await repo.findProfile(db, mentorId);
  if (!profile || profile.active !== 1) return false;
  return ((await menteeCounts(db, [mentorId])).get(mentorId) ?? 0) < profile.capacity;
}
