import type { Role } from '../../src-shared/domain/roles';
import type { ColumnType, Generated } from 'kysely';

/** A column with a database default: optional on insert. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface UsersTable {
  id: Generated<number>;
  username: string;
  username_key: string;
  password_hash: string;
  role: Role;
  first_name: string;
  last_name: Defaulted<string>;
  email: string | null;
  phone: string | null;
  telegram_username: string | null;
  telegram_chat_id: string | null;
  telegram_blocked_at: ColumnType<number | null, number | null | undefined, number | null>;
  telegram_lang: Defaulted<string>;
  active: Defaulted<number>;
  work_start: Defaulted<string>;
  work_end: Defaulted<string>;
  /** Comma-separated ISO weekdays, e.g. `1,2,3,4,5,6`. */
  work_days: Defaulted<string>;
  is_active_sales: Defaulted<number>;
  last_assigned_at: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: number;
  updated_at: number;
}

export interface SessionsTable {
  token_hash: string;
  user_id: number;
  created_at: number;
  expires_at: number;
}

export interface AbsencesTable {
  id: Generated<number>;
  user_id: number;
  start_date: string;
  end_date: string;
  reason: string;
  created_by: number;
  created_at: number;
}

export interface SettingsTable {
  key: string;
  value: string;
}

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface CoursesTable {
  id: Generated<number>;
  name: string;
  price: Defaulted<number>;
  sales_script: Defaulted<string>;
  lesson_duration: Defaulted<number>;
  lessons_per_week: Defaulted<number>;
  active: Defaulted<number>;
  archived: Defaulted<number>;
  created_at: number;
}

export interface LeadsTable {
  id: Generated<number>;
  name: string;
  phone: string;
  phone_rev: string;
  extra_phone: Nullable<string>;
  extra_phone_rev: Nullable<string>;
  source: string;
  course_id: Nullable<number>;
  notes: Defaulted<string>;
  status: string;
  seller_id: Nullable<number>;
  created_by: number;
  created_at: number;
  assigned_at: Nullable<number>;
  status_changed_at: number;
  lost_reason: Nullable<string>;
  updated_at: number;
  version: Defaulted<number>;
  /** Pending follow-ups of the lead, kept by triggers on followups (0007): 0 on an open lead = "no next call". */
  pending_followups: Defaulted<number>;
  /** 1 while a lost lead waits for its reactivation call, which the scheduler creates (0008). */
  reactivation_pending: Defaulted<number>;
  /** The import whose commit wrote it (0010). */
  import_id: Nullable<number>;
  /** The statuses the lead had before its current one, one bit each in LEAD_STATUSES order (a trigger, 0012). */
  stages: Defaulted<number>;
}

/** Leads without a next call per seller and status, kept exact by triggers on leads (0007). */
export interface NoNextCallCountsTable {
  seller_id: number;
  status: string;
  n: number;
}

export interface LeadCountsTable {
  /** The seller's id, 0 for unassigned leads. */
  seller_key: number;
  status: string;
  n: number;
}

export interface LeadPhonesTable {
  phone: string;
  lead_id: number;
}

export interface LeadSearchTable {
  token: string;
  created_at: number;
  lead_id: number;
  seller_id: number | null;
}

export interface ActivitiesTable {
  id: Generated<number>;
  lead_id: number;
  user_id: number | null;
  at: number;
  type: string;
  /** JSON object. */
  data: string;
}

export interface FollowupsTable {
  id: Generated<number>;
  lead_id: number;
  seller_id: number | null;
  due_at: number;
  kind: string;
  note: Defaulted<string>;
  state: Defaulted<string>;
  created_at: number;
  closed_at: Nullable<number>;
  closed_by: Nullable<number>;
  close_kind: Nullable<string>;
  overdue_notified_at: Nullable<number>;
  /** When its seller was told it fell due (the scheduler, 0008). */
  due_notified_at: Nullable<number>;
}

export interface RoomsTable {
  id: Generated<number>;
  name: string;
  capacity: number;
  archived: Defaulted<number>;
  created_at: number;
}

export interface GroupsTable {
  id: Generated<number>;
  name: string;
  course_id: number;
  room_id: Nullable<number>;
  days: string;
  time: string;
  capacity: number;
  current_students: Defaulted<number>;
  active: Defaulted<number>;
  archived: Defaulted<number>;
  created_at: number;
}

export interface OffersTable {
  id: Generated<number>;
  title: string;
  description: Defaulted<string>;
  type: string;
  priority: string;
  channel: string;
  audience: string;
  course_id: Nullable<number>;
  valid_from: string;
  valid_to: string;
  active: Defaulted<number>;
  created_by: number;
  created_at: number;
}

export interface TrialsTable {
  id: Generated<number>;
  lead_id: number;
  group_id: number;
  date: string;
  time: string;
  room_id: Nullable<number>;
  notes: Defaulted<string>;
  result: Nullable<string>;
  result_note: Defaulted<string>;
  result_at: Nullable<number>;
  result_by: Nullable<number>;
  created_by: number;
  created_at: number;
  /** The seller holding the lead when it was booked (a trigger, 0012). */
  seller_id: Nullable<number>;
}

export interface OutboxTable {
  id: Generated<number>;
  recipient_id: number;
  channel: string;
  text_key: string;
  /** JSON object of message parameters. */
  params: Defaulted<string>;
  lead_id: Nullable<number>;
  message_id: Nullable<number>;
  leave_id: Nullable<number>;
  error: Nullable<string>;
  gave_up_at: Nullable<number>;
  dedupe_key: string;
  attempts: Defaulted<number>;
  next_attempt_at: Nullable<number>;
  sent_at: Nullable<number>;
  read_at: Nullable<number>;
  created_at: number;
}

/** Failed sign-ins per (address, username) and per address (username_key ''); see login-throttle.ts. */
export interface LoginThrottleTable {
  ip: string;
  username_key: string;
  failures: number;
  first_failure_at: number;
  locked_until: Defaulted<number>;
}

export interface MessagesTable {
  id: Generated<number>;
  sender_id: number;
  subject: string;
  body: string;
  priority: string;
  to_all_sellers: Defaulted<number>;
  recipient_count: number;
  read_count: Defaulted<number>;
  created_at: number;
}

export interface MessageRecipientsTable {
  message_id: number;
  user_id: number;
  read_at: Nullable<number>;
}

export interface LeaveRequestsTable {
  id: Generated<number>;
  user_id: number;
  type: string;
  date_from: string;
  date_to: string;
  time_from: Nullable<string>;
  time_to: Nullable<string>;
  reason: string;
  comment: Nullable<string>;
  status: Defaulted<string>;
  reviewed_by: Nullable<number>;
  reviewed_at: Nullable<number>;
  reject_reason: Nullable<string>;
  created_at: number;
}

export interface TelegramLinkCodesTable {
  code: string;
  user_id: number;
  lang: string;
  expires_at: number;
  used_at: Nullable<number>;
}

export interface SecretsTable {
  key: string;
  value: string;
}

export interface ImportsTable {
  id: Generated<number>;
  user_id: number;
  file_name: string;
  sheet: string;
  /** preview → committing → committed (a `committing` one found at start is undone). */
  status: Defaulted<string>;
  created_at: number;
  committed_at: Nullable<number>;
  /** Set when the rows came from the configured Google sheet ("Google Sheets Import"). */
  spreadsheet_id: Nullable<string>;
  /** JSON row numbers that became "already in the database" during the commit (a phone taken meanwhile). */
  late_duplicates: Nullable<string>;
}

/** An import's bulk, apart from its row so a status change does not rewrite megabytes. */
export interface ImportDataTable {
  import_id: number;
  /** JSON: the parsed file (sheets, header, rows with their own row numbers) and the column mapping. */
  data: string;
  /** JSON: each row's outcome as previewed (or judged again at a commit with another mapping). */
  outcomes: Nullable<string>;
}

/** A row imported from a Google sheet, by the phone it had there: never imported from that sheet again. */
export interface SheetRowsTable {
  spreadsheet_id: string;
  phone: string;
  import_id: number;
}

/** A lead's first assignment to a seller, kept by triggers (0012): the KPI's leads, response time, conversion. */
export interface LeadAssignmentsTable {
  lead_id: number;
  seller_id: number;
  assigned_at: number;
  first_contact_at: number | null;
  /** 1 while the lead is enrolled (whoever holds it now). */
  enrolled: number;
}

export interface KpiTargetsTable {
  seller_id: number;
  /** `YYYY-MM`. */
  month: string;
  leads: number;
  trials: number;
  sales: number;
  /** Fractions 0–1. */
  followup_completion: number;
  conversion: number;
  updated_by: number | null;
  updated_at: number;
}

export interface Database {
  lead_assignments: LeadAssignmentsTable;
  kpi_targets: KpiTargetsTable;
  imports: ImportsTable;
  sheet_rows: SheetRowsTable;
  import_data: ImportDataTable;
  telegram_link_codes: TelegramLinkCodesTable;
  secrets: SecretsTable;
  messages: MessagesTable;
  message_recipients: MessageRecipientsTable;
  leave_requests: LeaveRequestsTable;
  login_throttle: LoginThrottleTable;
  outbox: OutboxTable;
  rooms: RoomsTable;
  groups: GroupsTable;
  offers: OffersTable;
  trials: TrialsTable;
  courses: CoursesTable;
  leads: LeadsTable;
  lead_phones: LeadPhonesTable;
  lead_counts: LeadCountsTable;
  no_next_call_counts: NoNextCallCountsTable;
  lead_search: LeadSearchTable;
  activities: ActivitiesTable;
  followups: FollowupsTable;
  users: UsersTable;
  sessions: SessionsTable;
  absences: AbsencesTable;
  settings: SettingsTable;
}
