import { CloudUploadOutlined, DeleteOutlined, DownloadOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Button, Empty, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { BackupOut } from '../../../src-shared/contract/backups';
import type { BackupKind } from '../../../src-shared/domain/backup-retention';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { errorText } from '../../ui/errors';
import { formatDateTime } from '../../ui/format';
import { PageCard } from '../../ui/page-card';
import { useAction } from '../../ui/use-action';
import { useRpc } from '../../ui/use-rpc';
import { BackupFolderCard } from './backup-folder.card';
import { downloadBackup } from './download-backup';
import { markRestored } from './restored';

const KIND_COLOURS: Record<BackupKind, string> = {
  daily: 'blue',
  weekly: 'geekblue',
  monthly: 'purple',
  manual: 'green',
  'pre-migration': 'gold',
  'pre-import': 'cyan',
  'pre-restore': 'orange',
};

export const formatSize = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/**
 * Tizim → Zaxira nusxalar (admin, SPEC §12): the backups newest first, "Hozir zaxiralash", and per row
 * "Tiklash" (after a confirmation that says what will be lost), "Yuklab olish" and delete; the folder below.
 */
export function BackupsPage() {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const { logout } = useSession();
  const list = useRpc(() => api.backups.list(), []);
  const [busy, setBusy] = useState(false);
  const act = useAction();

  const backUpNow = () => {
    setBusy(true);
    void act(() => api.backups.create(), 'backups.created', list.reload).finally(() => setBusy(false));
  };

  const restore = (b: BackupOut) =>
    modal.confirm({
      title: t('backups.restoreTitle'),
      content: t('backups.restoreText', { date: formatDateTime(b.createdAt) }),
      okText: t('backups.restore'),
      cancelText: t('common.no'),
      okButtonProps: { danger: true, 'data-testid': 'restore-confirm' },
      width: 520,
      onOk: async () => {
        try {
          await api.backups.restore({ name: b.name });
          markRestored();
          await logout();
        } catch (e) {
          message.error(errorText(e, t));
        }
      },
    });

  const remove = (b: BackupOut) =>
    modal.confirm({
      title: t('backups.deleteConfirm'),
      okText: t('backups.delete'),
      cancelText: t('common.no'),
      okButtonProps: { danger: true },
      onOk: () => act(() => api.backups.delete({ name: b.name }), 'backups.deleted', list.reload),
    });

  const download = (b: BackupOut) => downloadBackup(b).catch((e: unknown) => message.error(errorText(e, t)));

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <PageCard title={t('menu.system.backups')} error={list.error}>
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
            <Typography.Text type="secondary" style={{ maxWidth: 760, display: 'block' }}>
              {t('backups.rule')}
            </Typography.Text>
            <Button
              type="primary"
              icon={<CloudUploadOutlined />}
              loading={busy}
              onClick={backUpNow}
              data-testid="backup-now"
            >
              {t('backups.createNow')}
            </Button>
          </Space>
          <Table<BackupOut>
            rowKey="name"
            loading={list.loading}
            dataSource={list.data?.items ?? []}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            data-testid="backups-table"
            locale={{ emptyText: <Empty description={t('backups.empty')} /> }}
            columns={[
              {
                title: t('backups.col.createdAt'),
                key: 'createdAt',
                render: (_, b) => formatDateTime(b.createdAt),
              },
              {
                title: t('backups.col.kind'),
                key: 'kind',
                render: (_, b) => <Tag color={KIND_COLOURS[b.kind]}>{t(`backups.kind.${b.kind}`)}</Tag>,
              },
              { title: t('backups.col.size'), key: 'size', align: 'right', render: (_, b) => formatSize(b.sizeBytes) },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_, b) => (
                  <Space size="small" wrap>
                    <Button size="small" icon={<RollbackOutlined />} onClick={() => restore(b)} data-testid="restore">
                      {t('backups.restore')}
                    </Button>
                    <Button size="small" icon={<DownloadOutlined />} onClick={() => void download(b)}>
                      {t('backups.download')}
                    </Button>
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(b)}
                      title={t('backups.delete')}
                      aria-label={t('backups.delete')}
                    />
                  </Space>
                ),
              },
            ]}
          />
        </Space>
      </PageCard>
      <BackupFolderCard />
    </Space>
  );
}
