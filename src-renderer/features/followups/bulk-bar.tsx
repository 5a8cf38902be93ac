import { Alert, App, Button, InputNumber, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { errorText } from '../../ui/errors';
import { SellerSelect } from '../../ui/pickers';

/** Bulk actions of the manual's "Bulk Actions": reschedule, transfer, mark done; delete for admin only. */
export function BulkBar({ ids, onDone }: { ids: number[]; onDone(): void }) {
  const { t } = useI18n();
  const user = useUser();
  const { message } = App.useApp();
  const [hours, setHours] = useState<number | null>(2);
  const [sellerId, setSellerId] = useState<number | undefined>();
  const [busy, setBusy] = useState(false);

  const run = async (action: 'reschedule' | 'transfer' | 'complete' | 'delete') => {
    setBusy(true);
    try {
      const res = await api.followups.bulk({
        action,
        ids,
        hours: action === 'reschedule' ? (hours ?? undefined) : undefined,
        sellerId: action === 'transfer' ? sellerId : undefined,
      });
      message.success(t('fu.bulkDone', { count: res.updated }));
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
              min={1}
              max={720}
              value={hours}
              onChange={setHours}
              addonBefore={t('fu.hours')}
              style={{ width: 230 }}
            />
            <Button loading={busy} onClick={() => run('reschedule')} disabled={!hours}>
              {t('fu.reschedule')}
            </Button>
          </Space.Compact>
          <Space.Compact>
            <SellerSelect
              placeholder={t('fu.transferTo')}
              value={sellerId}
              onChange={setSellerId}
              style={{ width: 200 }}
            />
            <Button loading={busy} onClick={() => run('transfer')} disabled={!sellerId}>
              {t('fu.transfer')}
            </Button>
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
