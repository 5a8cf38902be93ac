import { Alert, App, Button, Card, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { errorText } from '../../ui/errors';
import { useRpc } from '../../ui/use-rpc';

/** The backup folder: default `backups/` beside the database; another disk or a USB drive; never a network share. */
export function BackupFolderCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const settings = useRpc(() => api.backups.settings(), []);
  const [folder, setFolder] = useState('');
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (settings.data) setFolder(settings.data.folder);
  }, [settings.data]);

  const save = async (value: string | null) => {
    setSaving(true);
    try {
      settings.setData(await api.backups.setFolder({ folder: value }));
      message.success(t('backups.folderSaved'));
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setSaving(false);
    }
  };

  const s = settings.data;
  return (
    <Card title={t('backups.folder')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('backups.folderHint')}</Typography.Text>
        <Space.Compact style={{ width: '100%', maxWidth: 760 }}>
          <Input value={folder} onChange={(e) => setFolder(e.target.value)} data-testid="backup-folder" />
          <Button type="primary" loading={saving} onClick={() => void save(folder.trim())}>
            {t('backups.folderSave')}
          </Button>
        </Space.Compact>
        {s && s.folder !== s.defaultFolder && (
          <Button type="link" style={{ padding: 0 }} onClick={() => void save(null)}>
            {t('backups.folderReset')}: {s.defaultFolder}
          </Button>
        )}
        {s?.networkShare && <Alert type="warning" showIcon title={t('backups.networkShare')} />}
        {s && !s.writable && <Alert type="error" showIcon title={t('backups.notWritable')} />}
        {settings.error && <Alert type="error" showIcon title={settings.error} />}
      </Space>
    </Card>
  );
}
