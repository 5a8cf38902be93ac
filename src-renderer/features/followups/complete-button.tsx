import { CheckOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Tooltip, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { FollowupOut } from '../../../src-shared/contract/followups';
import type { LeadStatus, LostReason } from '../../../src-shared/domain/lead-status';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { loadCentreClock, useCentreClock, useTick } from '../../ui/centre-time';
import { DateTimePicker, futureRule } from '../../ui/date-time-picker';
import { LostReasonField, OutcomeStatusSelect } from '../../ui/pickers';
import { useFormSubmit } from '../../ui/use-form-submit';
import { isAtWork, onLeaveAt, suggestNextCall, workHoursText, type WorkHours } from '../../ui/work-hours';

/**
 * "Bajarildi": opens a small dialog — the call's outcome as the lead's new status (optional), a note,
 * the next call (suggested) — saved with one click. A seller outside working time sees the button
 * disabled and why, with their hours, before clicking. Pass `followup` (the row) for the lead's
 * current status and seller; with `id` alone the dialog still works, without those hints.
 */
export function CompleteButton({
  id,
  followup,
  onDone,
}: {
  id: number;
  followup?: FollowupOut;
  /** `leadChanged`: a status was set, so a screen holding the lead should reload it. */
  onDone?(saved: FollowupOut, leadChanged: boolean): void;
}) {
  const { t } = useI18n();
  const user = useUser();
  const clock = useCentreClock();
  useTick();
  const [open, setOpen] = useState(false);
  const seller = user.role === 'seller';
  const blocked =
    seller && clock && !isAtWork(user, clock.zone, clock.now())
      ? user.absentNow
        ? t('fu.absentToday')
        : onLeaveAt(user, clock.zone, clock.now())
          ? t('error.onLeave')
          : t('fu.outsideHours', { hours: workHoursText(user, t) })
      : null;
  const button = (
    <Button
      size="small"
      type="primary"
      ghost
      icon={<CheckOutlined />}
      disabled={!!blocked}
      onClick={() => {
        // The dialog suggests and checks times: it reads the server's clock anew (with its pickers).
        void loadCentreClock(true);
        setOpen(true);
      }}
      data-testid={`complete-${id}`}
    >
      {t('fu.done')}
    </Button>
  );
  return (
    <>
      {blocked ? <Tooltip title={blocked}>{button}</Tooltip> : button}
      {open && (
        <CompleteDialog
          id={id}
          followup={followup}
          onClose={() => setOpen(false)}
          onSaved={(saved, leadChanged) => {
            setOpen(false);
            onDone?.(saved, leadChanged);
          }}
        />
      )}
    </>
  );
}

interface Values {
  status?: LeadStatus;
  lostReason?: LostReason;
  note?: string;
  nextCallAt?: number | null;
}

function CompleteDialog({
  id,
  followup,
  onClose,
  onSaved,
}: {
  id: number;
  followup?: FollowupOut;
  onClose(): void;
  onSaved(saved: FollowupOut, leadChanged: boolean): void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const user = useUser();
  const clock = useCentreClock();
  const [form] = Form.useForm<Values>();
  const status = Form.useWatch('status', form);
  const hours = useSellerHours(followup?.sellerId ?? null);
  const suggestion = hours && clock ? suggestNextCall(hours, clock.zone, clock.now()) : null;
  const seller = user.role === 'seller';

  // The suggestion arrives with the clock (and an admin's look-up of the seller): filled in once,
  // unless the user got there first.
  const suggested = useRef(false);
  /** The user picked (or cleared) the next call themselves: it is theirs, no longer a suggestion. */
  const ownNextCall = useRef(false);
  useEffect(() => {
    if (suggested.current || suggestion === null) return;
    suggested.current = true;
    if (!ownNextCall.current && !form.getFieldValue('status')) form.setFieldsValue({ nextCallAt: suggestion });
  }, [suggestion, form]);

  const { busy, error, submit } = useFormSubmit<Values>(form, async (v) => {
    const saved = await api.followups.complete({
      id,
      note: v.note?.trim() || undefined,
      status: v.status,
      lostReason: v.status === 'lost' ? v.lostReason : undefined,
      nextCallAt: v.nextCallAt ?? undefined,
    });
    message.success(t('fu.doneOk'));
    onSaved(saved, !!v.status);
  });

  return (
    <Modal
      open
      title={followup ? t('fu.complete.title', { name: followup.leadName }) : t('fu.done')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
      width={480}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        name="complete"
        layout="vertical"
        onFinish={submit}
        onValuesChange={(changed: Partial<Values>) => {
          if ('nextCallAt' in changed) ownNextCall.current = true;
          // A status plans its own follow-ups: the suggestion would only double them.
          if ('status' in changed && !ownNextCall.current)
            form.setFieldsValue({ nextCallAt: changed.status ? null : suggestion });
        }}
      >
        <Form.Item
          name="status"
          label={t('fu.complete.outcome')}
          extra={<Typography.Text type="secondary">{t('fu.complete.trialHint')}</Typography.Text>}
        >
          <OutcomeStatusSelect
            current={followup?.leadStatus}
            allowClear
            placeholder={t('fu.complete.keepStatus')}
            data-testid="complete-status"
          />
        </Form.Item>
        {status === 'lost' && <LostReasonField />}
        <Form.Item
          name="note"
          label={t('fu.complete.note')}
          rules={
            seller && status ? [{ required: true, whitespace: true, message: t('error.noteRequired') }] : undefined
          }
        >
          <Input.TextArea rows={2} maxLength={2000} autoFocus />
        </Form.Item>
        <Form.Item
          name="nextCallAt"
          label={t('fu.complete.nextCall')}
          rules={[futureRule(t)]}
          extra={
            status
              ? t('fu.complete.nextCallAuto')
              : hours && t('fu.complete.nextCallHint', { hours: workHoursText(hours, t) })
          }
        >
          <DateTimePicker data-testid="complete-next-call" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The working hours of the follow-up's seller: a seller's own, or looked up for an admin/manager. */
function useSellerHours(sellerId: number | null): WorkHours | null {
  const user = useUser();
  const own = user.role === 'seller' || sellerId === user.id;
  const [other, setOther] = useState<WorkHours | null>(null);
  useEffect(() => {
    if (own || sellerId === null) return;
    let alive = true;
    api.users
      .get({ id: sellerId })
      .then((u) => alive && setOther(u))
      .catch(() => {});
    return () => {
      alive = false;
    };
  }, [own, sellerId]);
  return own ? user : other;
}
