import type { AccessEvent } from '../../api/privacy.js';

export interface AccessGroup {
  /** The latest read of the run. */
  at: string;
  actorName: string | null;
  scope: string;
  /** How many reads the run holds (1 for a single read). */
  count: number;
}

/**
 * Runs of reads by the same person of the same records on the same local day, as one line
 * each: a partner opening the app ten times a day reads as "10 times", not ten lines. The
 * log stays complete underneath; this is only how it reads. Events come newest first.
 */
export function groupAccessEvents(events: readonly AccessEvent[], timeZone: string | undefined): AccessGroup[] {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const groups: AccessGroup[] = [];
  let lastKey = '';
  for (const event of events) {
    const key = `${event.actorName ?? ''}\u0000${event.scope}\u0000${day.format(new Date(event.at))}`;
    const last = groups.at(-1);
    if (last && key === lastKey) last.count += 1;
    else groups.push({ at: event.at, actorName: event.actorName, scope: event.scope, count: 1 });
    lastKey = key;
  }
  return groups;
}
