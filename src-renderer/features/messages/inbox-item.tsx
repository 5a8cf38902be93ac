import { Card, Flex, Tag, Typography } from 'antd';
import type { InboxItemOut } from '../../../src-shared/contract/messages';
import { PRIORITY_EDGE } from '../../../src-shared/domain/priority';
import { useI18n } from '../../app/i18n';
import { formatDateTime } from '../../ui/format';
import { PriorityTag } from '../../ui/priority-tag';

/** The blue border of an unread message (the manual: "Ko'k border bilan ko'rsatiladi"). */
export const UNREAD_BORDER = '#1677ff';

/** One message in "Kelgan Xabarlar": a left edge in its priority's colour; unread ones framed blue and marked "Yangi". */
export function InboxItem({ m, onOpen }: { m: InboxItemOut; onOpen(): void }) {
  const { t } = useI18n();
  const frame = m.read ? undefined : UNREAD_BORDER;
  return (
    <Card
      size="small"
      hoverable
      role="button"
      tabIndex={0}
      onClick={onOpen}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onOpen();
        }
      }}
      data-testid={`message-${m.id}`}
      data-unread={m.read ? undefined : 'true'}
      // Longhands only: the left edge keeps its colour when the frame goes (a read message).
      style={{
        borderTopColor: frame,
        borderRightColor: frame,
        borderBottomColor: frame,
        borderLeftColor: PRIORITY_EDGE[m.priority],
        borderLeftWidth: 4,
        background: m.read ? undefined : '#f5faff',
      }}
    >
      <Flex justify="space-between" align="start" gap={12}>
        <Flex wrap gap={8} align="center" style={{ minWidth: 0 }}>
          {!m.read && (
            <Tag color="blue" variant="solid" style={{ marginInlineEnd: 0 }}>
              {t('messages.new')}
            </Tag>
          )}
          <Typography.Text strong={!m.read} style={{ fontSize: 15, overflowWrap: 'anywhere' }}>
            {m.subject}
          </Typography.Text>
          <PriorityTag priority={m.priority} />
        </Flex>
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(m.createdAt)}
        </Typography.Text>
      </Flex>
      <Typography.Text type="secondary">
        {t('messages.from')}: {m.senderName}
      </Typography.Text>
      <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: '4px 0 0', whiteSpace: 'pre-line' }}>
        {m.preview}
      </Typography.Paragraph>
    </Card>
  );
}
