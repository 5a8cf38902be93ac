import { Button, Popconfirm, Space } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../app/i18n';

/** "Tahrirlash" and "O'chirish" (asks first) for a row of a catalogue table. */
export function EditDelete({
  onEdit,
  onDelete,
  confirm,
  details,
}: {
  onEdit(): void;
  onDelete(): void;
  confirm: string;
  details?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Space>
      <Button size="small" onClick={onEdit}>
        {t('common.edit')}
      </Button>
      <Popconfirm
        title={confirm}
        description={details && <div style={{ maxWidth: 320 }}>{details}</div>}
        okText={t('common.yes')}
        cancelText={t('common.no')}
        okButtonProps={{ danger: true }}
        onConfirm={onDelete}
      >
        <Button size="small" danger>
          {t('common.delete')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
