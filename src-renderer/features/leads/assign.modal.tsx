import { Alert, App, Form, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { errorText } from '../../ui/errors';
import { SellerSelect } from '../../ui/pickers';

/** "Biriktirish": one or many leads to a seller or to auto-distribution. */
export function AssignModal({ leadIds, onClose, onDone }: { leadIds: number[]; onClose(): void; onDone(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [sellerId, setSellerId] = useState<number | 'auto'>('auto');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const res = await api.leads.assign({ leadIds, sellerId });
      if (res.unassigned.length) message.warning(t('leads.nobodyEligible'));
      if (res.assigned.length) message.success(t('leads.assigned', { count: res.assigned.length }));
      onDone();
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('leads.assign')}
      onCancel={onClose}
      onOk={save}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form layout="vertical">
        <Form.Item label={t('leads.seller')}>
          <SellerSelect<number | 'auto'>
            value={sellerId}
            onChange={setSellerId}
            extra={[{ value: 'auto', label: t('leads.auto') }]}
            style={{ width: '100%' }}
            data-testid="assign-seller"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
