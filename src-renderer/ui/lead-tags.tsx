import { Tag } from 'antd';
import { STATUS_COLOR, type LeadStatus } from '../../src-shared/domain/lead-status';
import { useI18n } from '../app/i18n';

export function StatusTag({ status }: { status: LeadStatus }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLOR[status]}>{t(`status.${status}`)}</Tag>;
}
