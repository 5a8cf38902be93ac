import { Alert } from 'antd';
import { useI18n } from '../../app/i18n';

/** Shown over every page while the primary cannot be reached (what is on screen may be out of date). */
export function OfflineBanner({ online }: { online: boolean }) {
  const { t } = useI18n();
  if (online) return null;
  return (
    <Alert
      type="warning"
      showIcon
      banner
      title={t('conn.offline')}
      data-testid="offline-banner"
      style={{ position: 'sticky', top: 0, zIndex: 10 }}
    />
  );
}
