import { Alert, Flex, Modal, Skeleton, Table, Tag, Typography } from 'antd';
import type { MessageOut } from '../../../src-shared/contract/messages';
import { PRIORITY_EDGE } from '../../../src-shared/domain/priority';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { formatDateTime } from '../../ui/format';
import { messagesOf } from '../../ui/live';
import { PriorityTag } from '../../ui/priority-tag';
import { useRpc } from '../../ui/use-rpc';

type Reader = NonNullable<MessageOut['readers']>[number];

/**
 * One message in full. Opening it (`messages.open`) marks it read for a recipient, so the inbox and
 * the header's counter update by the live event that follows. `withReaders` (the sender's "Ko'rish"):
 * who got it and when each read it, kept live.
 */
export function MessageModal({
  id,
  withReaders = false,
  onClose,
}: {
  id: number;
  withReaders?: boolean;
  onClose(): void;
}) {
  const { t } = useI18n();
  const user = useUser();
  const { data, error } = useRpc(() => api.messages.open({ id }), [id], withReaders ? messagesOf(user.id) : null);
  const readers = withReaders ? data?.readers : null;

  return (
    <Modal open width={640} title={data?.subject ?? ' '} footer={null} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} />}
      {!data && !error && <Skeleton active />}
      {data && (
        <div data-testid="message-view">
          <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
            <PriorityTag priority={data.priority} />
            <Typography.Text type="secondary">
              {t('messages.from')}: {data.senderName}
            </Typography.Text>
            <Typography.Text type="secondary">· {formatDateTime(data.createdAt)}</Typography.Text>
          </Flex>
          <Typography.Paragraph
            data-testid="message-body"
            style={{
              whiteSpace: 'pre-wrap',
              borderLeft: `4px solid ${PRIORITY_EDGE[data.priority]}`,
              paddingLeft: 12,
              marginBottom: 0,
              maxHeight: '55vh',
              overflowY: 'auto',
            }}
          >
            {data.body}
          </Typography.Paragraph>
          {readers && (
            <>
              <Typography.Title level={5} style={{ marginTop: 20 }}>
                {t('messages.readCount')}: {t('messages.readOf', { read: data.readCount, total: data.recipients })}
              </Typography.Title>
              <Table<Reader>
                size="small"
                rowKey="userId"
                dataSource={readers}
                pagination={readers.length > 10 ? { pageSize: 10, size: 'small' } : false}
                columns={[
                  { title: t('messages.recipients'), dataIndex: 'name' },
                  {
                    title: t('messages.readAt'),
                    render: (_, r) =>
                      r.readAt === null ? <Tag>{t('messages.notRead')}</Tag> : formatDateTime(r.readAt),
                  },
                ]}
              />
            </>
          )}
        </div>
      )}
    </Modal>
  );
}
