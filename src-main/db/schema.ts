import type { Role } from '../../src-shared/domain/roles';
import type { Generated } from 'kysely';
import type { Defaulted, Nullable } from './schema-columns';

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
  telegram_blocked_at: Nullable<number>;
  telegram_lang: Defaulted<string>;
  active: Defaulted<number>;
  work_start: Defaulted<string>;
  work_end: Defaulted<string>;
  /** Comma-separated ISO weekdays, e.g. `1,2,3,4,5,6`. */
  work_days: Defaulted<string>;
  is_active_sales: Defaulted<number>;
  last_assigned_at: Nullable<number>;
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

/** One row (`one` = 1) only inside writeLeadRows' transaction: its leads already count their calls (0013). */
export interface FollowupsPrecountedTable {
  one: number;
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

import type {
  OutboxTable,
  LoginThrottleTable,
  MessagesTable,
  MessageRecipientsTable,
  LeaveRequestsTable,
  TelegramLinkCodesTable,
  SecretsTable,
  ImportsTable,
  ImportDataTable,
  SheetRowsTable,
  LeadAssignmentsTable,
  KpiTargetsTable,
} from './schema-features';

export type * from './schema-features';

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
  followups_precounted: FollowupsPrecountedTable;
  lead_search: LeadSearchTable;
  activities: ActivitiesTable;
  followups: FollowupsTable;
  users: UsersTable;
  sessions: SessionsTable;
  absences: AbsencesTable;
  settings: SettingsTable;
}
