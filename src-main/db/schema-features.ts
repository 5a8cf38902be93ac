// Kysely table types of the features built after leads: notices, messages, leave, Telegram, imports,
// KPI. The Database interface that lists every table is in schema.ts.
import type { Generated } from 'kysely';
import type { Defaulted, Nullable } from './schema-columns';

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
  /** Before 0013, JSON: the parsed file (sheets, header, rows with their own row numbers) and the mapping. '' since. */
  data: string;
  /** Before 0013, JSON: each row's outcome as previewed (or judged again at a commit with another mapping). */
  outcomes: Nullable<string>;
  /** Since 0013: the file's rows and the mapping, gzipped JSON (judged-file.ts `packFile`). */
  packed_file: Nullable<Uint8Array>;
  /** Since 0013: each row's outcome before the database and the mapping, gzipped JSON (`packRows`). */
  packed_rows: Nullable<Uint8Array>;
  /** Since 0013, JSON `{ inDb, before }`: the file's phones leads had, and the sheet gave before, when judged. */
  held: Nullable<string>;
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
