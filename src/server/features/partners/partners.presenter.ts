import type { Nudge, PartnerMessage, Partnership, PartnershipState, Rhythm, ShareScope, Weekday } from '../../../shared/partners.js';
import type { PartnerMessageRow, PartnershipRow } from './partners.repository.js';

/** Declined and withdrawn requests read the same — closed — so nobody reads a refusal. */
export function stateOf(status: string): PartnershipState {
  if (status === 'pending' || status === 'active' || status === 'ended') return status;
  return 'closed';
}

export interface PartnershipExtras {
  otherName: string;
  myScopes: readonly ShareScope[];
  theirScopes: readonly ShareScope[];
  checkedInToday: boolean | null;
}

export function presentPartnership(row: PartnershipRow, viewerId: string, extras: PartnershipExtras): Partnership {
  const iAsked = row.requester_id === viewerId;
  return {
    id: row.id,
    kind: row.kind as Partnership['kind'],
    state: stateOf(row.status),
    myRole: iAsked ? 'requester' : 'addressee',
    // In a mentorship the requester is the mentee.
    otherRole: row.kind === 'partner' ? 'partner' : iAsked ? 'mentor' : 'mentee',
    other: { accountId: iAsked ? row.addressee_id : row.requester_id, name: extras.otherName },
    groupId: row.group_id,
    message: row.message,
    rhythm: row.rhythm as Rhythm,
    rhythmDays: JSON.parse(row.rhythm_days) as Weekday[],
    quietStart: row.quiet_start,
    quietEnd: row.quiet_end,
    myScopes: [...extras.myScopes].sort(),
    theirScopes: [...extras.theirScopes].sort(),
    checkedInToday: extras.checkedInToday,
    createdAt: row.created_at,
    respondedAt: row.status === 'declined' ? null : row.responded_at,
    endedAt: row.ended_at,
  };
}

/** A nudge is stored as JSON {nudge, text?}; a message as its text. */
export function presentMessage(row: PartnerMessageRow, viewerId: string): PartnerMessage {
  const base = { id: row.id, mine: row.sender_id === viewerId, createdAt: row.created_at };
  if (row.kind === 'nudge') {
    const { nudge, text } = JSON.parse(row.body) as { nudge: Nudge; text?: string };
    return { ...base, kind: 'nudge', nudge, body: nudge === 'custom' ? (text ?? '') : null };
  }
  return { ...base, kind: 'message', nudge: null, body: row.body };
}
