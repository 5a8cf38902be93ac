import { AppError, fieldError } from '../../../src-shared/contract/errors';
import { normalisePhone } from '../../../src-shared/domain/phone';
import type { Db } from '../../db/connect';
import type { Actor } from '../context';
import type { LeadAccess } from './lead-access';

/** A phone from a form → E.164, or a VALIDATION error on that field in the user's language. */
export function phoneOrThrow(raw: string, field: 'phone' | 'extraPhone'): string {
  const phone = normalisePhone(raw);
  if (!phone) throw fieldError(field, 'error.phoneInvalid', { phone: raw });
  return phone;
}

/**
 * Refuses a number another lead already uses (as main or extra phone). Whoever may see that lead is
 * told which one; a seller who may not is told only that it exists.
 */
export async function assertPhonesFree(
  db: Db,
  access: LeadAccess,
  actor: Actor,
  phones: Array<[string, 'phone' | 'extraPhone']>,
  exceptLeadId?: number,
): Promise<void> {
  for (const [phone, field] of phones) {
    const holder = await db
      .selectFrom('lead_phones')
      .innerJoin('leads', 'leads.id', 'lead_phones.lead_id')
      .select(['leads.id', 'leads.name', 'leads.seller_id'])
      .where('lead_phones.phone', '=', phone)
      .executeTakeFirst();
    if (!holder || holder.id === exceptLeadId) continue;
    const visible = access.canSee(actor, holder);
    throw new AppError(
      'CONFLICT',
      visible ? 'error.phoneTaken' : 'error.phoneTakenHidden',
      visible ? { name: holder.name } : {},
      {
        fields: [
          {
            path: field,
            key: visible ? 'error.phoneTaken' : 'error.phoneTakenHidden',
            params: visible ? { name: holder.name } : {},
          },
        ],
        ...(visible ? { leadId: holder.id } : {}),
      },
    );
  }
}

/** Keeps lead_phones in step with a lead's numbers. */
export async function setLeadPhones(db: Db, leadId: number, phones: Array<string | null>): Promise<void> {
  await db.deleteFrom('lead_phones').where('lead_id', '=', leadId).execute();
  const rows = phones.filter((p): p is string => !!p).map((phone) => ({ phone, lead_id: leadId }));
  if (rows.length) await db.insertInto('lead_phones').values(rows).execute();
}

export const isUniqueViolation = (e: unknown) =>
  e instanceof Error &&
  /UNIQUE constraint failed: lead_phones|PRIMARYKEY/.test(`${e.message} ${(e as { code?: string }).code ?? ''}`);
