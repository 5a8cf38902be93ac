import { Card, Empty, Typography } from 'antd';
import type { MsgKey } from '../../src-shared/i18n/index';
import { useI18n } from '../app/i18n';

export function ComingSoon({ title }: { title: MsgKey }) {
  const { t } = useI18n();
  return (
    <Card>
      <Typography.Title level={3}>{t(title)}</Typography.Title>
      <Empty description={t('common.comingSoon')} />
    </Card>
  );
}
