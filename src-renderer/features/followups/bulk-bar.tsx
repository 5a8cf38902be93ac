import { Alert, App, Button, InputNumber, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import type { FollowupOut } from '../../../src-shared/contract/followups';
import type { UserOut } from '../../../src-shared/contract/users';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { errorText } from '../../ui/errors';
import { sellerName, TransferSelect } from './transfer-select';

type Action = 'reschedule' | 'transfer' | 'complete' | 'delete';

/**
 * Bulk actions of the manual's "Bulk Actions": reschedule, transfer, mark done; delete for admin only.
 * Each says what it did; transfer and delete ask first.
 */
export function BulkBar({ rows, onDone }: { rows: FollowupOut[]; onDone(): void }) {
  const { t } = useI18n();
  const user = useUser();
  const { message } = App.useApp();
  const [hours, setHours] = useState<number | null>(2);
  // What was typed stays as typed: hours outside 1–1440 (or not whole) disable the button, nothing is rewritten.
  const hoursValid = hours !== null && Number.isInteger(hours) && hours >= 1 && hours <= 1440;
  const [seller, setSeller] = useState<UserOut | undefined>();
  const [busy, setBusy] = useState(false);
  const ids = rows.map((r) => r.id);
  // A transfer moves the leads (with every call of theirs), so it is counted in leads.
  const leadCount = new Set(rows.map((r) => r.leadId)).size;

  const run = async (action: Action) => {
    setBusy(true);
    try {
      const res = await api.followups.bulk({
        action,
        ids,
        hours: action === 'reschedule' ? (hours ?? undefined) : undefined,
        sellerId: action === 'transfer' ? seller?.id : undefined,
      });
      if (res.updated === 0) message.warning(t('fu.bulkNone'));
      else if (action === 'reschedule')
        message.success(t('fu.bulkRescheduled', { count: res.updated, hours: hours ?? 0 }));
      else if (action === 'transfer')
        message.success(t('fu.bulkTransferred', { count: leadCount, name: seller ? sellerName(seller) : '' }));
      else if (action === 'complete') message.success(t('fu.bulkCompleted', { count: res.updated }));
      else message.success(t('fu.bulkDeleted', { count: res.updated }));
      onDone();
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Alert
      type="info"
      style={{ marginBottom: 12 }}
      data-testid="bulk-bar"
      title={
        <Space wrap>
          <strong>{t('fu.selected', { count: ids.length })}</strong>
          <Space.Compact>
            <InputNumber
              value={hours}
              status={hoursValid ? undefined : 'error'}
              onChange={setHours}
              addonBefore={t('fu.hours')}
              style={{ width: 230 }}
            />
            <Button loading={busy} onClick={() => run('reschedule')} disabled={!hoursValid}>
              {t('fu.reschedule')}
            </Button>
          </Space.Compact>
          <Space.Compact>
            <TransferSelect
              placeholder={t('fu.transferTo')}
              value={seller?.id}
              onChange={setSeller}
              style={{ width: 220 }}
            />
            <Popconfirm
              title={t('fu.transferConfirm', { count: leadCount, name: seller ? sellerName(seller) : '' })}
              okText={t('common.yes')}
              cancelText={t('common.no')}
              onConfirm={() => run('transfer')}
              disabled={!seller}
            >
              <Button loading={busy} disabled={!seller}>
                {t('fu.transfer')}
              </Button>
            </Popconfirm>
          </Space.Compact>
          <Button loading={busy} onClick={() => run('complete')}>
            {t('fu.markDone')}
          </Button>
          {user.role === 'admin' && (
            <Popconfirm
              title={t('fu.deleteConfirm', { count: ids.length })}
              okText={t('common.yes')}
              cancelText={t('common.no')}
              onConfirm={() => run('delete')}
            >
              <Button danger loading={busy}>
                {t('fu.delete')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      }
    />
  );
}
