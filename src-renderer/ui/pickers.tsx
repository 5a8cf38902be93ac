import { Form, Select } from 'antd';
import type { SelectProps } from 'antd';
import {
  LEAD_SOURCES,
  LEAD_STATUSES,
  LOST_REASONS,
  MANUAL_STATUSES,
  type LeadStatus,
} from '../../src-shared/domain/lead-status';
import { api } from '../api/client';
import { useI18n } from '../app/i18n';
import { useRpc } from './use-rpc';
import { ofType } from './live';

type P<V> = Omit<SelectProps<V>, 'options'>;

/**
 * Sellers for filters and assignment; `extra` adds options such as "Biriktirilmagan". Filters pass
 * `withInactive` so a departed seller's leads can still be found and handed on.
 */
export function SellerSelect<V extends string | number = number>({
  extra = [],
  withInactive = false,
  ...props
}: P<V> & { extra?: Array<{ value: V; label: string }>; withInactive?: boolean }) {
  const { t } = useI18n();
  const { data } = useRpc(
    () => api.users.list({ role: 'seller', activeOnly: !withInactive }),
    [withInactive],
    ofType('user.changed'),
  );
  const label = (u: NonNullable<typeof data>[number]) =>
    `${u.firstName} ${u.lastName}`.trim() +
    (u.absentNow ? ` (${t('users.absent')})` : '') +
    (u.onLeaveNow ? ` (${t('leave.onLeave')})` : '') +
    (u.active ? '' : ` (${t('common.inactive')})`);
  const options = [...extra, ...(data ?? []).map((u) => ({ value: u.id as V, label: label(u) }))];
  return <Select<V> showSearch={{ optionFilterProp: 'label' }} options={options} {...props} />;
}

export function CourseSelect(props: P<number>) {
  const { data } = useRpc(() => api.courses.list(), []);
  return (
    <Select<number>
      showSearch={{ optionFilterProp: 'label' }}
      options={(data ?? []).map((c) => ({ value: c.id, label: c.name }))}
      {...props}
    />
  );
}

export function SourceSelect(props: P<string>) {
  const { t } = useI18n();
  return (
    <Select<string>
      options={LEAD_SOURCES.filter((s) => s !== 'import').map((s) => ({ value: s, label: t(`source.${s}`) }))}
      {...props}
    />
  );
}

export function StatusSelect(props: P<string>) {
  const { t } = useI18n();
  return <Select<string> options={LEAD_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} {...props} />;
}

/** A lead's next status as the outcome of a call: trial stages are left out; the current one is shown, disabled. */
export function OutcomeStatusSelect({ current, ...props }: P<LeadStatus> & { current?: LeadStatus }) {
  const { t } = useI18n();
  return (
    <Select<LeadStatus>
      options={MANUAL_STATUSES.map((s) => ({
        value: s,
        label: s === current ? `${t(`status.${s}`)} (${t('leads.currentStatus')})` : t(`status.${s}`),
        disabled: s === current,
      }))}
      {...props}
    />
  );
}

/** "Yo'qotish sababi" of a form that sets a lead lost (a trial's "declined" sets its own reason). */
export function LostReasonField() {
  const { t } = useI18n();
  return (
    <Form.Item
      name="lostReason"
      label={t('leads.lostReason')}
      rules={[{ required: true, message: t('error.lostReasonRequired') }]}
    >
      <Select
        options={LOST_REASONS.filter((r) => r !== 'declined_after_trial').map((r) => ({
          value: r,
          label: t(`lost.${r}`),
        }))}
      />
    </Form.Item>
  );
}
