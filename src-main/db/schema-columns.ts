import type { ColumnType } from 'kysely';

/** A column with a database default: optional on insert. */
export type Defaulted<T> = ColumnType<T, T | undefined, T>;
/** A column that may be NULL: optional on insert. */
export type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;
