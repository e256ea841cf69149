import { ALWAYS_IN_APP, isUrgentKind } from '../../../shared/notification-preferences.js';
import type { NotificationKind } from '../../../shared/notifications.js';
import type { AppContext } from '../../context.js';
import { enqueue } from '../../jobs/queue.js';
import { publishLive } from '../../realtime/live.js';
import { getAccount } from '../accounts/accounts.service.js';
import { partnershipQuietHours } from '../partners/active-partners.js';
import { notificationEmail } from './email-text.js';
import * as notifications from './notifications.service.js';
import { findNotification } from './notifications.repository.js';
import { quietHoursEnd } from './quiet-hours.js';

export const LIVE_JOB = 'notification.live';
export const EMAIL_JOB = 'notification.email';

interface DeliveryPayload {
  notificationId: string;
}

/** The two deliveries notify() queues. `clock` says what time it is (quiet hours); tests set it. */
export function registerDeliveryJobs(ctx: AppContext, clock: () => Date) {
  ctx.worker.handle(LIVE_JOB, (payload: DeliveryPayload) => deliverLive(ctx, payload.notificationId));
  ctx.worker.handle(EMAIL_JOB, (payload: DeliveryPayload) => deliverEmail(ctx, payload.notificationId, clock()));
}

/** Tells the recipient's open apps, unless they turned live alerts off for the kind (it still lists in the centre). */
export async function deliverLive(ctx: AppContext, notificationId: string): Promise<void> {
  const row = await findNotification(ctx.db, notificationId);
  if (!row) return;
  const kind = row.kind as NotificationKind;
  if (!ALWAYS_IN_APP.includes(kind) && !(await notifications.preferenceFor(ctx.db, row.account_id, kind)).inApp) return;
  await publishLive(ctx.hub, row.account_id, { type: 'notification', id: row.id, kind });
}

/**
 * E-mails the recipient when they have an address and want this kind by e-mail. During
 * their quiet hours (their own time zone) the mail waits: a copy of the job is queued for
 * the end of them, once (the dedupe key names the instant) — except SOS kinds, which go at
 * once. The mail's Message-ID is the notification's id, so a retried send is recognisable.
 */
/** Kinds about one partnership, whose quiet hours they keep. */
const PARTNERSHIP_KINDS: readonly string[] = ['partner.nudge', 'partner.message', 'reminder.partner_high_risk'];

export async function deliverEmail(ctx: AppContext, notificationId: string, now: Date): Promise<void> {
  const row = await findNotification(ctx.db, notificationId);
  if (!row) return;
  const recipient = await getAccount(ctx.db, row.account_id);
  const [item] = await notifications.present(ctx.db, [row]);
  const { kind, data, actorName, path } = item!;
  if (!recipient.email || !(await notifications.preferenceFor(ctx.db, recipient.id, kind)).email) return;

  if (!isUrgentKind(kind)) {
    const quiet = [await notifications.quietHoursOf(ctx.db, recipient.id)];
    // A partnership's own quiet hours hold the mails about it too (a nudge at 2 a.m. waits).
    if (PARTNERSHIP_KINDS.includes(kind) && typeof data.partnershipId === 'string') {
      quiet.push(await partnershipQuietHours(ctx.db, data.partnershipId, recipient.id));
    }
    const until = quiet.map((q) => q && quietHoursEnd(now, recipient.time_zone, q)).find((end) => end);
    if (until) {
      await enqueue(ctx.db, { kind: EMAIL_JOB, payload: { notificationId }, runAt: until, dedupeKey: `email:${notificationId}:${until.toISOString()}` });
      return;
    }
  }

  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null);
  const mail = notificationEmail(kind, recipient.locale, {
    recipientName: recipient.display_name,
    name: actorName ?? text(data.name),
    group: text(data.groupName),
    link: ctx.config.publicUrl + path,
    settingsLink: `${ctx.config.publicUrl}/settings#notifications`,
    ownWords: text(data.message),
  });
  await ctx.mailer.send({ to: recipient.email, ...mail, messageId: row.id });
}
