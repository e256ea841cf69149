import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import {
  ALWAYS_IN_APP,
  notificationPreferencesBody,
  type KindPreference,
  type NotificationPreferences,
} from '../../../shared/notification-preferences.js';
import { NOTIFICATION_KINDS, type NotificationKind } from '../../../shared/notifications.js';
import * as api from '../../api/notifications.js';
import { useAccount } from '../../auth/account-context.js';
import { FormAlert } from '../../components/form-alert.js';
import { LoadState } from '../../components/load-state.js';
import { errorMessage } from '../../lib/form-errors.js';
import { useLoad } from '../../lib/use-load.js';
import { kindKey } from '../../live/notification-text.js';
import { SettingsSection } from './section.js';

const GROUPS = [
  ['partners', 'partner.'],
  ['mentoring', 'mentor.'],
  ['support', 'sos.'],
  ['reminders', 'reminder.'],
  ['sharing', 'grant.'],
] as const;
const DEFAULT_QUIET = { start: '22:00', end: '07:00' };

/** Settings › Notifications: per kind, live in the app and by e-mail; quiet hours for e-mail. */
export function NotificationsSection() {
  const { t } = useTranslation();
  const prefs = useLoad(api.getPreferences, 'notification-preferences');
  const { hash } = useLocation();
  const anchor = useRef<HTMLDivElement>(null);
  // E-mails link here (/settings#notifications): bring the section into view once it is there.
  useEffect(() => {
    if (hash === '#notifications' && prefs.data) anchor.current?.scrollIntoView();
  }, [hash, prefs.data]);

  return (
    <div id="notifications" ref={anchor} className="settings-anchor">
      <SettingsSection title={t('notifications.prefs.title')} intro={t('notifications.prefs.intro')}>
        {prefs.data ? <PreferencesForm initial={prefs.data} onSaved={prefs.setData} /> : <LoadState error={prefs.error} onRetry={prefs.reload} />}
      </SettingsSection>
    </div>
  );
}

function PreferencesForm({ initial, onSaved }: { initial: NotificationPreferences; onSaved: (p: NotificationPreferences) => void }) {
  const { t } = useTranslation();
  const { account } = useAccount();
  const [kinds, setKinds] = useState(() => new Map(initial.kinds.map((k) => [k.kind, { inApp: k.inApp, email: k.email }])));
  const [quietOn, setQuietOn] = useState(initial.quietHours !== null);
  const [quiet, setQuiet] = useState(initial.quietHours ?? DEFAULT_QUIET);
  const [quietError, setQuietError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const quietId = useId();
  const endRef = useRef<HTMLInputElement>(null);

  const change = (kind: NotificationKind, patch: Partial<KindPreference>) =>
    setKinds((current) => new Map(current).set(kind, { ...current.get(kind)!, ...patch }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const body = { kinds: NOTIFICATION_KINDS.map((kind) => ({ kind, ...kinds.get(kind)! })), quietHours: quietOn ? quiet : null };
    const parsed = notificationPreferencesBody.safeParse(body);
    if (!parsed.success) {
      const same = quiet.start !== '' && quiet.start === quiet.end;
      setQuietError(same ? t('notifications.prefs.quiet.same') : t('validation.invalid'));
      endRef.current?.focus();
      return;
    }
    setQuietError(null);
    setBusy(true);
    try {
      onSaved(await api.savePreferences(parsed.data));
      setMessage({ tone: 'success', text: t('notifications.prefs.saved') });
    } catch (e) {
      setMessage({ tone: 'error', text: errorMessage(e, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form notification-prefs" onSubmit={onSubmit} noValidate>
      <FormAlert message={message?.text ?? null} tone={message?.tone} />
      {!account?.email && <p className="muted">{t('notifications.prefs.noEmail')}</p>}
      {GROUPS.map(([group, prefix]) => (
        <table key={group} className="notification-prefs__table">
          <caption>{t(`notifications.prefs.groups.${group}`)}</caption>
          <thead>
            <tr>
              <th scope="col" className="visually-hidden">
                {t('notifications.prefs.kind')}
              </th>
              <th scope="col">{t('notifications.prefs.inApp')}</th>
              <th scope="col">{t('notifications.prefs.email')}</th>
            </tr>
          </thead>
          <tbody>
            {NOTIFICATION_KINDS.filter((kind) => kind.startsWith(prefix)).map((kind) => {
              const what = t(`notifications.prefs.label.${kindKey(kind)}`);
              const choice = kinds.get(kind)!;
              const locked = ALWAYS_IN_APP.includes(kind);
              return (
                <tr key={kind}>
                  <th scope="row">
                    {what}
                    {locked && <span className="notification-prefs__note">{t('notifications.prefs.alwaysOn')}</span>}
                  </th>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('notifications.prefs.inAppLabel', { what })}
                      checked={locked || choice.inApp}
                      disabled={locked}
                      onChange={(e) => change(kind, { inApp: e.target.checked })}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('notifications.prefs.emailLabel', { what })}
                      checked={choice.email}
                      onChange={(e) => change(kind, { email: e.target.checked })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}

      <fieldset className="notification-prefs__quiet">
        <legend>{t('notifications.prefs.quiet.title')}</legend>
        <p className="field__hint">{t('notifications.prefs.quiet.hint')}</p>
        <label className="notification-prefs__toggle">
          <input type="checkbox" checked={quietOn} onChange={(e) => setQuietOn(e.target.checked)} />
          {t('notifications.prefs.quiet.toggle')}
        </label>
        {quietOn && (
          <div className="notification-prefs__times">
            <div className="field">
              <label htmlFor={`${quietId}-start`}>{t('notifications.prefs.quiet.start')}</label>
              <input id={`${quietId}-start`} type="time" required value={quiet.start} onChange={(e) => setQuiet({ ...quiet, start: e.target.value })} />
            </div>
            <div className={quietError ? 'field field--error' : 'field'}>
              <label htmlFor={`${quietId}-end`}>{t('notifications.prefs.quiet.end')}</label>
              <input
                ref={endRef}
                id={`${quietId}-end`}
                type="time"
                required
                value={quiet.end}
                aria-invalid={quietError ? true : undefined}
                aria-describedby={quietError ? `${quietId}-error` : undefined}
                onChange={(e) => setQuiet({ ...quiet, end: e.target.value })}
              />
              {quietError && (
                <p id={`${quietId}-error`} className="field__error">
                  {quietError}
                </p>
              )}
            </div>
          </div>
        )}
      </fieldset>
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('notifications.prefs.save')}
      </button>
    </form>
  );
}
