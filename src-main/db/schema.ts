import type { ColumnType, Generated } from 'kysely';

/** A column with a database default: optional on insert. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface UsersTable {
  id: Generated<number>;
  username: string;
  username_key: string;
  password_hash: string;
  role: 'admin' | 'manager' | 'seller';
  first_name: string;
  last_name: Defaulted<string>;
  email: string | null;
  phone: string | null;
  telegram_username: string | null;
  telegram_chat_id: string | null;
  active: Defaulted<number>;
  work_start: Defaulted<string>;
  work_end: Defaulted<string>;
  /** Comma-separated ISO weekdays, e.g. `1,2,3,4,5,6`. */
  work_days: Defaulted<string>;
  is_active_sales: Defaulted<number>;
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

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  absences: AbsencesTable;
  settings: SettingsTable;
}
