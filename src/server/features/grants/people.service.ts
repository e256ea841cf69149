import type { Person } from '../../../shared/sharing.js';
import type { Executor } from '../../db/database.js';
import { displayNamesOf } from '../accounts/accounts.service.js';
import { activeMemberNames, groupsInGoodStandingOf } from '../groups/groups.service.js';
import { activePartnersOf } from '../partners/active-partners.js';

/**
 * The people a member knows in Kindred and may grant to: the active co-members of the groups
 * they take part in, and their active partners and mentors. Anyone else is a stranger, so a
 * grant to them is refused like an unknown account (no account enumeration).
 */
export async function knownPeople(db: Executor, accountId: string): Promise<Person[]> {
  const known = new Map<string, { groups: string[]; partner: boolean }>();
  const entry = (id: string) => {
    let e = known.get(id);
    if (!e) known.set(id, (e = { groups: [], partner: false }));
    return e;
  };
  const groups = await groupsInGoodStandingOf(db, accountId);
  const rosters = await Promise.all(groups.map(async (g) => ({ group: g, members: await activeMemberNames(db, g.id) })));
  for (const { group, members } of rosters) {
    for (const m of members) if (m.account_id !== accountId) entry(m.account_id).groups.push(group.name);
  }
  for (const p of await activePartnersOf(db, accountId)) entry(p.accountId).partner = true;
  const names = await displayNamesOf(db, [...known.keys()]);
  return [...known.entries()]
    .flatMap(([id, e]) => {
      const name = names.get(id);
      return name ? [{ accountId: id, name, groups: e.groups.sort(), partner: e.partner }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function isKnownTo(db: Executor, accountId: string, otherId: string): Promise<boolean> {
  if (otherId === accountId) return false;
  return (await knownPeople(db, accountId)).some((p) => p.accountId === otherId);
}
