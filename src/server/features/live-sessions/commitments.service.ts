import { randomUUID } from 'node:crypto';
import type { MyCommitments } from '../../../shared/live-session/api.js';
import type { SessionCommand, SessionEvent, SessionState } from '../../../shared/live-session/schema.js';
import { activePhase } from '../../../shared/live-session/machine.js';
import type { Executor } from '../../db/database.js';
import { groupBasics } from '../groups/groups.service.js';
import * as repo from './commitments.repository.js';
import { presentCommitment } from './live-sessions.presenter.js';

/**
 * What a member keeps of a session, under their own account: the in-meeting check-in
 * (their line only if they chose to keep it), how last time's commitment went, and the
 * commitment they set at closing. Runs in the command's transaction.
 */
export async function onCommand(trx: Executor, groupId: string, before: SessionState, event: SessionEvent, command: SessionCommand, at: string): Promise<void> {
  const sessionId = before.sessionId;
  if (command.type === 'round.share' && event.type === 'round.share') {
    await repo.upsertSessionCheckin(trx, {
      id: randomUUID(),
      account_id: event.actor,
      session_id: sessionId,
      mood: command.mood,
      energy: command.energy,
      craving: command.craving,
      note: command.keepLine ? command.line : null,
      created_at: at,
    });
    if (command.report) {
      const open = await repo.openCommitment(trx, event.actor, groupId, sessionId);
      if (open) await repo.reportCommitment(trx, open.id, command.report.outcome, command.report.tried, at, sessionId);
    }
  }
  if (command.type === 'round.reflect' && command.commitment && activePhase(before).kind === 'closing_reflection') {
    await repo.insertCommitment(trx, {
      id: randomUUID(),
      account_id: event.actor,
      group_id: groupId,
      session_id: sessionId,
      text: command.commitment,
      created_at: at,
    });
  }
}

/** My commitments and the check-ins I kept, newest first, each with its group's name. */
export async function myCommitments(db: Executor, accountId: string): Promise<MyCommitments> {
  const [commitments, kept] = await Promise.all([repo.commitmentsOf(db, accountId, 100), repo.sessionCheckinsOf(db, accountId, 100)]);
  const names = new Map(
    (await groupBasics(db, [...new Set([...commitments.map((c) => c.group_id), ...kept.map((k) => k.group_id)])])).map((g) => [g.id, g.name]),
  );
  return {
    commitments: commitments.map((c) => presentCommitment(c, names.get(c.group_id) ?? '')),
    kept: kept.map((k) => ({
      sessionId: k.session_id,
      groupName: names.get(k.group_id) ?? '',
      at: k.created_at,
      mood: k.mood,
      energy: k.energy,
      craving: k.craving,
      note: k.note,
    })),
  };
}
