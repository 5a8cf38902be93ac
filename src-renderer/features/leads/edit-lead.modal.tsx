import type { LeadOut } from '../../../src-shared/contract/leads';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { FormModal } from '../../ui/form-modal';
import { LeadFields, type LeadFormValues } from './lead-fields';

/** "Tahrirlash". Sends the version it was opened with, so a change made meanwhile is not overwritten. */
export function EditLeadModal({
  lead,
  onClose,
  onSaved,
}: {
  lead: LeadOut;
  onClose(): void;
  onSaved(lead: LeadOut): void;
}) {
  const { t } = useI18n();
  return (
    <FormModal<LeadFormValues>
      width={680}
      name="lead"
      title={`${t('common.edit')}: ${lead.name}`}
      initialValues={{ ...lead, extraPhone: lead.extraPhone ?? '', courseId: lead.courseId ?? undefined }}
      onClose={onClose}
      onSubmit={async (v) => {
        onSaved(
          await api.leads.update({
            id: lead.id,
            version: lead.version,
            name: v.name,
            phone: v.phone,
            extraPhone: v.extraPhone || null,
            source: v.source,
            courseId: v.courseId ?? null,
            notes: v.notes ?? '',
          }),
        );
      }}
    >
      <LeadFields />
    </FormModal>
  );
}
