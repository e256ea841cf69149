import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { mentorshipRequestBody } from '../../../shared/partners.js';
import type { AppContext } from '../../context.js';
import type { DB } from '../../db/database.js';
import { Conflict, NotFound } from '../../errors.js';
import { displayNamesOf } from '../accounts/accounts.service.js';
import { memberGroup } from '../groups/groups.service.js';
import { notify } from '../notifications/notify.js';
import { hasRoom, isApprovedMentor } from './mentors.service.js';
import * as repo from './partners.repository.js';
import { view } from './partners.service.js';

class MentorFull extends Conflict {
  constructor() {
    super('This mentor has no room for another mentee right now.', 'mentor_full');
  }
}

/** Asks an approved mentor of one of my groups to mentor me; they answer like a partner request. */
export async function requestMentorship(ctx: AppContext, menteeId: string, input: z.infer<typeof mentorshipRequestBody>) {
  const db = ctx.db;
  const { group } = await memberGroup(db, input.groupId, menteeId);
  if (input.mentorAccountId === menteeId || !(await isApprovedMentor(db, group.id, input.mentorAccountId))) {
    throw new NotFound('body.mentorAccountId is not a mentor in this group.');
  }
  if (await repo.findOpenBetween(db, 'mentor', menteeId, input.mentorAccountId)) {
    throw new Conflict('You two already have a mentorship or a request waiting.', 'partnership_exists');
  }
  if (!(await hasRoom(db, input.mentorAccountId))) throw new MentorFull();
  const names = await displayNamesOf(db, [menteeId]);
  const row = await db.transaction().execute(async (trx) => {
    const created = await repo.insertPartnership(trx, {
      id: randomUUID(),
      kind: 'mentor',
      group_id: group.id,
      requester_id: menteeId,
      addressee_id: input.mentorAccountId,
      status: 'pending',
      message: input.message || null,
      created_at: new Date().toISOString(),
      quiet_start: null,
      quiet_end: null,
      responded_at: null,
      ended_at: null,
      ended_by: null,
    });
    await notify(trx, { accountId: input.mentorAccountId, kind: 'mentor.request', data: { partnershipId: created.id, name: names.get(menteeId) ?? '' }, actorId: menteeId });
    return created;
  });
  ctx.worker.wake();
  return view(db, row, menteeId);
}

/** Before a mentor accepts: they must still have room (capacity counts active mentees). */
export function mentorCapacityCheck(db: DB) {
  return async (row: repo.PartnershipRow) => {
    if (row.kind === 'mentor' && !(await hasRoom(db, row.addressee_id))) throw new MentorFull();
  };
}
