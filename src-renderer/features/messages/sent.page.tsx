import { Button, Empty, Popconfirm, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { SentMessageOut } from '../../../src-shared/contract/messages';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { clipStyle } from '../../ui/clip';
import { formatDateTime } from '../../ui/format';
import { messagesOf } from '../../ui/live';
import { PageCard } from '../../ui/page-card';
import { serverPaging } from '../../ui/paging';
import { useAction } from '../../ui/use-action';
import { PriorityTag } from '../../ui/priority-tag';
import { useRpc } from '../../ui/use-rpc';
import { MessageModal } from './message.modal';

const PAGE_SIZE = 30;

/**
 * "Yuborilgan Xabarlar" (admin, manager): what was sent, to how many, how many read it; "Ko'rish"
 * shows who read it. The admin sees and deletes everyone's messages, a manager own.
 */
export function SentPage() {
  const { t } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [viewing, setViewing] = useState<number | null>(null);
  const { data, error, loading, reload } = useRpc(
    () => api.messages.sent({ page, pageSize: PAGE_SIZE }),
    [page],
    messagesOf(user.id),
  );
  const admin = user.role === 'admin';
  // Deleting the last message of a later page leaves it empty: back one page.
  const emptyPage = !!data && data.items.length === 0 && page > 1;
  useEffect(() => {
    if (emptyPage) setPage((p) => p - 1);
  }, [emptyPage]);

  const act = useAction();
  const remove = (m: SentMessageOut) => act(() => api.messages.delete({ id: m.id }), 'messages.deleted', reload);

  return (
    <PageCard
      title={t('menu.messages.sent')}
      addLabel={t('menu.messages.new')}
      onAdd={() => navigate('/messages/new')}
      error={error}
    >
      <Table<SentMessageOut>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={serverPaging(page, PAGE_SIZE, data?.total ?? 0, setPage)}
        locale={{ emptyText: <Empty description={t('messages.sentEmpty')} /> }}
        columns={[
          ...(admin ? [{ title: t('messages.from'), dataIndex: 'senderName', key: 'from' }] : []),
          {
            title: t('messages.subject'),
            render: (_, m) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text strong style={clipStyle(260)} title={m.subject}>
                  {m.subject}
                </Typography.Text>
                <Typography.Text type="secondary" style={clipStyle(260)} title={m.preview}>
                  {m.preview}
                </Typography.Text>
              </Space>
            ),
          },
          { title: t('messages.priority'), render: (_, m) => <PriorityTag priority={m.priority} /> },
          {
            title: t('messages.sentAt'),
            render: (_, m) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(m.createdAt)}</span>,
          },
          {
            title: t('messages.recipients'),
            render: (_, m) => (m.toAllSellers ? `${t('messages.allSellers')} (${m.recipients})` : m.recipients),
          },
          {
            title: t('messages.readCount'),
            render: (_, m) => (
              <span data-testid={`read-count-${m.id}`}>
                {t('messages.readOf', { read: m.readCount, total: m.recipients })}
              </span>
            ),
          },
          {
            title: t('common.actions'),
            render: (_, m) => (
              <Space size="small">
                <Button size="small" onClick={() => setViewing(m.id)}>
                  {t('messages.open')}
                </Button>
                <Popconfirm
                  title={t('messages.deleteConfirm')}
                  okText={t('common.yes')}
                  cancelText={t('common.no')}
                  okButtonProps={{ danger: true }}
                  styles={{ root: { maxWidth: 340 } }}
                  onConfirm={() => remove(m)}
                >
                  <Button size="small" danger>
                    {t('messages.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {viewing !== null && <MessageModal key={viewing} id={viewing} withReaders onClose={() => setViewing(null)} />}
    </PageCard>
  );
}
