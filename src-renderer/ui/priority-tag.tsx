import { Tag } from 'antd';
import { PRIORITY_COLOR, type Priority } from '../../src-shared/domain/priority';
import { useI18n } from '../app/i18n';

/** An offer's or a message's priority in the manual's colour: urgent red, high orange, normal blue, low grey. */
export function PriorityTag({ priority }: { priority: Priority }) {
  const { t } = useI18n();
  return (
    <Tag color={PRIORITY_COLOR[priority]} style={{ marginInlineEnd: 0 }}>
      {t(`priority.${priority}`)}
    </Tag>
  );
}
