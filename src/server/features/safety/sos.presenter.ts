import type { SosAlert, SosResponse } from '../../../shared/sos.js';
import type { SosAlertRow, SosRecipientRow } from './sos.repository.js';

/**
 * The sender sees every recipient and their answers. A recipient sees the others only once
 * they have answered ("Sam is calling"), so they can coordinate without learning everyone
 * the member trusts.
 */
export function presentAlert(viewerId: string, alert: SosAlertRow, recipients: SosRecipientRow[], names: Map<string, string>): SosAlert {
  const mine = alert.account_id === viewerId;
  const visible = recipients.filter((r) => names.has(r.recipient_id) && (mine || r.recipient_id === viewerId || r.response));
  const own = recipients.find((r) => r.recipient_id === viewerId);
  return {
    id: alert.id,
    mine,
    sender: { accountId: alert.account_id, name: names.get(alert.account_id) ?? '' },
    message: alert.message,
    createdAt: alert.created_at,
    resolvedAt: alert.resolved_at,
    recipients: visible.map((r) => ({
      accountId: r.recipient_id,
      name: names.get(r.recipient_id) ?? '',
      response: (r.response as SosResponse | null) ?? null,
      respondedAt: r.responded_at,
    })),
    myResponse: (own?.response as SosResponse | null | undefined) ?? null,
  };
}
