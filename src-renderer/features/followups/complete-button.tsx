import { CheckOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { errorText } from '../../ui/errors';

/** "Bajarildi": the core refuses it outside the seller's working time and says so. */
export function CompleteButton({ id, onDone }: { id: number; onDone?(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const complete = async () => {
    setBusy(true);
    try {
      await api.followups.complete({ id });
      message.success(t('fu.doneOk'));
      onDone?.();
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="small" type="primary" ghost icon={<CheckOutlined />} loading={busy} onClick={complete}>
      {t('fu.done')}
    </Button>
  );
}
