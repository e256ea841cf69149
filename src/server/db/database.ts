import type { Generated, Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { LiveSessionTables } from './live-tables.js';

/**
 * The database schema as Kysely sees it. Dialect-neutral types only: ids are text UUIDs,
 * timestamps are ISO-8601 UTC text (they sort and compare as text), flags are integers.
 */
export interface Database extends LiveSessionTables {
  accounts: AccountTable;
  sessions: SessionTable;
  rate_limits: RateLimitTable;
  groups: GroupTable;
  group_agreements: GroupAgreementTable;
  memberships: MembershipTable;
  invitations: InvitationTable;
  meeting_series: MeetingSeriesTable;
  occurrence_exceptions: OccurrenceExceptionTable;
  attendance: AttendanceTable;
  calendar_tokens: CalendarTokenTable;
  checkins: CheckinTable;
  goals: GoalTable;
  goal_steps: GoalStepTable;
  goal_days: GoalDayTable;
  lapse_reflections: LapseReflectionTable;
  cravings: CravingTable;
  celebrations: CelebrationTable;
  audit_events: AuditEventTable;
  share_grants: ShareGrantTable;
  partnerships: PartnershipTable;
  partner_messages: PartnerMessageTable;
  mentor_profiles: MentorProfileTable;
  mentor_approvals: MentorApprovalTable;
  safety_plans: SafetyPlanTable;
  sos_alerts: SosAlertTable;
  sos_recipients: SosRecipientTable;
  reminders: ReminderTable;
  notifications: NotificationTable;
  notification_preferences: NotificationPreferenceTable;
  quiet_hours: QuietHoursTable;
  mail_outbox: MailOutboxTable;
  jobs: JobTable;
}

export interface AccountTable {
  id: string;
  username: string;
  /** Lower-cased username: the unique key, so "Sam" and "sam" are one account. */
  username_key: string;
  display_name: string;
  email: string | null;
  password_hash: string;
  locale: string;
  time_zone: string;
  country: string | null;
  role: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionTable {
  /** Public id, shown in the sessions list; the cookie token is only stored hashed. */
  id: string;
  token_hash: string;
  account_id: string;
  user_agent: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface RateLimitTable {
  key: string;
  count: Generated<number>;
  expires_at: string;
}

export interface GroupTable {
  id: string;
  slug: string;
  name: string;
  description: string;
  /** JSON array of language codes. */
  languages: string;
  time_zone: string;
  /** 'open' | 'request' | 'invite' */
  join_policy: string;
  listed: number;
  created_at: string;
  updated_at: string;
}

export interface GroupAgreementTable {
  id: string;
  group_id: string;
  version: number;
  text: string;
  created_by: string | null;
  created_at: string;
}

export interface MembershipTable {
  id: string;
  group_id: string;
  account_id: string;
  /** 'member' | 'co_facilitator' | 'facilitator' */
  role: string;
  /** 'pending' | 'active' | 'left' | 'removed' */
  status: string;
  /** The agreement version this member accepted; null while pending. */
  agreement_version: number | null;
  request_message: string | null;
  show_username: number;
  created_at: string;
  updated_at: string;
}

export interface InvitationTable {
  id: string;
  group_id: string;
  token_hash: string;
  created_by: string | null;
  expires_at: string;
  max_uses: number | null;
  uses: number;
  revoked_at: string | null;
  created_at: string;
}

export interface MeetingSeriesTable {
  id: string;
  group_id: string;
  /** Stable, unique: the Meeting Guide feed's slug. */
  slug: string;
  title: string;
  /** JSON: {freq, interval, byDay}. */
  recurrence: string;
  /** First local date (YYYY-MM-DD) in the group's time zone. */
  start_date: string;
  until_date: string | null;
  /** Local wall-clock start, HH:MM, in the group's time zone. */
  start_time: string;
  duration_minutes: number;
  /** 'in_person' | 'online' | 'hybrid' */
  format: string;
  /** JSON: {name?, address?, city?, region?, postalCode?, country?, notes?} or null. */
  location: string | null;
  conference_url: string | null;
  conference_phone: string | null;
  language: string | null;
  open: number;
  /** JSON array of Meeting Guide type codes. */
  types: string;
  /** JSON array of agenda phases {kind, title, minutes}. */
  agenda: string;
  created_at: string;
  updated_at: string;
}

export interface OccurrenceExceptionTable {
  id: string;
  series_id: string;
  /** The local date the rule gives this occurrence (its stable identity). */
  original_date: string;
  /** 'cancelled' | 'moved' */
  status: string;
  /** For moved occurrences: the new start, UTC ISO. */
  starts_at: string | null;
  duration_minutes: number | null;
  created_at: string;
}

export interface AttendanceTable {
  id: string;
  series_id: string;
  occurrence_date: string;
  account_id: string;
  /** 'present' | 'excused' */
  status: string;
  /** 'in_person' | 'online' | null */
  mode: string | null;
  marked_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface CalendarTokenTable {
  id: string;
  account_id: string;
  /** null: the member's feed of all their groups. */
  group_id: string | null;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

/** One per member per local date. */
export interface CheckinTable {
  id: string;
  account_id: string;
  date: string;
  mood: number;
  energy: number;
  craving: number;
  stress: number;
  sleep_hours: number | null;
  sleep_quality: number | null;
  /** 1 | 0 | null (not said). */
  meals: number | null;
  note: string | null;
  /** JSON array of strategy names. */
  strategies: string;
  created_at: string;
  updated_at: string;
}

export interface GoalTable {
  id: string;
  account_id: string;
  /** 'abstain' | 'reduce' | 'build' */
  kind: string;
  title: string;
  start_date: string;
  target_amount: number | null;
  /** 'day' | 'week' | null */
  target_per: string | null;
  unit: string | null;
  /** 'active' | 'achieved' | 'archived' */
  status: string;
  achieved_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface GoalStepTable {
  id: string;
  goal_id: string;
  title: string;
  position: number;
  done_at: string | null;
  created_at: string;
}

export interface GoalDayTable {
  goal_id: string;
  date: string;
  met: number;
  amount: number | null;
  /** Local HH:MM, when the member says. */
  time: string | null;
  created_at: string;
  updated_at: string;
}

export interface LapseReflectionTable {
  goal_id: string;
  date: string;
  what_happened: string | null;
  trigger: string | null;
  what_helped: string | null;
  next_time: string | null;
  created_at: string;
  updated_at: string;
}

export interface CravingTable {
  id: string;
  account_id: string;
  /** UTC ISO instant. */
  at: string;
  /** The member's local date and HH:MM at `at`, fixed when logged. */
  local_date: string;
  local_time: string;
  intensity: number;
  /** JSON array of trigger tags. */
  triggers: string;
  situation: string | null;
  duration_minutes: number | null;
  action: string | null;
  /** 'rode_it_out' | 'used' */
  outcome: string;
  created_at: string;
}

export interface CelebrationTable {
  id: string;
  account_id: string;
  group_id: string;
  goal_id: string | null;
  kind: string;
  /** Periods of `unit`: days, or weeks for goals with a weekly target. */
  days: number;
  /** 'day' | 'week' */
  unit: string;
  message: string | null;
  created_at: string;
}

/** A read of a member's personal records by someone else (owner_id's "who looked at what"). */
export interface AuditEventTable {
  id: string;
  owner_id: string;
  actor_id: string | null;
  scope: string;
  action: string;
  created_at: string;
}

/** The consent ledger: what an owner lets one grantee read. */
export interface ShareGrantTable {
  id: string;
  owner_id: string;
  grantee_id: string;
  /** JSON array of scopes. */
  scopes: string;
  purpose: string | null;
  /** Set when made within a partnership or mentorship; ending that ends the grant. */
  partnership_id: string | null;
  expires_at: string | null;
  revoked_at: string | null;
  created_at: string;
}

export interface PartnershipTable {
  id: string;
  /** 'partner' | 'mentor' (requester = mentee, addressee = mentor) */
  kind: string;
  group_id: string | null;
  requester_id: string;
  addressee_id: string;
  /** 'pending' | 'active' | 'declined' | 'ended' | 'withdrawn' */
  status: string;
  message: string | null;
  /** 'daily' | 'weekdays' | 'custom' */
  rhythm: Generated<string>;
  /** JSON array of 'MO'..'SU' for a custom rhythm. */
  rhythm_days: Generated<string>;
  quiet_start: string | null;
  quiet_end: string | null;
  created_at: string;
  responded_at: string | null;
  ended_at: string | null;
  ended_by: string | null;
}

export interface PartnerMessageTable {
  id: string;
  partnership_id: string;
  sender_id: string;
  /** 'message' | 'nudge' */
  kind: string;
  body: string;
  created_at: string;
}

export interface MentorProfileTable {
  account_id: string;
  /** JSON arrays. */
  languages: Generated<string>;
  focus: Generated<string>;
  availability: string | null;
  about: string | null;
  capacity: number;
  active: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface MentorApprovalTable {
  group_id: string;
  account_id: string;
  /** 'pending' | 'approved' | 'declined' */
  status: string;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
}

export interface SafetyPlanTable {
  account_id: string;
  version: number;
  /** JSON object of the seven sections. */
  content: string;
  created_at: string;
}

export interface SosAlertTable {
  id: string;
  account_id: string;
  message: string | null;
  created_at: string;
  resolved_at: string | null;
  /** When the next-day follow-up was sent (once). */
  followed_up_at: string | null;
}

export interface SosRecipientTable {
  sos_id: string;
  recipient_id: string;
  /** 'here' | 'calling' */
  response: string | null;
  responded_at: string | null;
}

export interface ReminderTable {
  id: string;
  account_id: string;
  /** 'checkin' | 'high_risk' */
  kind: string;
  /** JSON array of 'MO'..'SU'. */
  days: string;
  /** Local wall-clock HH:MM in the member's time zone. */
  start_time: string;
  end_time: string | null;
  message: string | null;
  tell_partner: Generated<number>;
  active: Generated<number>;
  /** UTC instant of the next reminder (informational; the job queue holds the truth). */
  next_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface NotificationTable {
  id: string;
  account_id: string;
  kind: string;
  /** JSON object. */
  data: Generated<string>;
  actor_id: string | null;
  created_at: string;
  read_at: string | null;
}

export interface NotificationPreferenceTable {
  account_id: string;
  kind: string;
  in_app: number;
  email: number;
}

export interface QuietHoursTable {
  account_id: string;
  start_time: string;
  end_time: string;
}

export interface MailOutboxTable {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  created_at: string;
}

export interface JobTable {
  id: string;
  kind: string;
  /** JSON. */
  payload: string;
  dedupe_key: string | null;
  run_at: string;
  attempts: Generated<number>;
  max_attempts: number;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  /** 'queued' | 'done' | 'failed' */
  status: string;
  created_at: string;
  finished_at: string | null;
}

export type AccountRow = Selectable<AccountTable>;
export type NewAccount = Insertable<AccountTable>;
export type SessionRow = Selectable<SessionTable>;
/**
 * What a signed-in request knows about its member: the account without its password hash
 * and internal keys, so those are neither read nor carried on every request.
 */
export type MemberRow = Omit<AccountRow, 'password_hash' | 'username_key' | 'updated_at'>;

export type DB = Kysely<Database>;
/** A repository takes either the database or a transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;
export type DialectName = 'sqlite' | 'postgres';
