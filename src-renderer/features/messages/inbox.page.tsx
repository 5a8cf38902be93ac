import { Checkbox, Empty, Flex, Pagination, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { messagesOf } from '../../ui/live';
import { PageCard } from '../../ui/page-card';
import { useRpc } from '../../ui/use-rpc';
import { InboxItem } from './inbox-item';
import { MessageModal } from './message.modal';

const PAGE_SIZE = 20;

/**
 * "Kelgan Xabarlar" (every role): messages to me, newest first. Clicking one opens it in full and
 * marks it read. `?open=<id>` (the bell's link) opens that message at once.
 */
export function InboxPage() {
  const { t } = useI18n();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const { data, error, loading } = useRpc(
    () => api.messages.inbox({ page, pageSize: PAGE_SIZE, unreadOnly }),
    [page, unreadOnly],
    messagesOf(user.id),
  );
  const openId = Number(params.get('open')) || null;

  // Reading the last unread ones of a later page leaves it empty: back to the first.
  const emptyPage = !!data && data.items.length === 0 && page > 1;
  useEffect(() => {
    if (emptyPage) setPage(1);
  }, [emptyPage]);

  return (
    <PageCard title={t('menu.messages.inbox')} error={error}>
      <Checkbox
        checked={unreadOnly}
        onChange={(e) => {
          setUnreadOnly(e.target.checked);
          setPage(1);
        }}
        style={{ marginBottom: 16 }}
        data-testid="inbox-unread-only"
      >
        {t('messages.unreadOnly')}
        {data && data.unread > 0 ? ` (${data.unread})` : ''}
      </Checkbox>
      <Spin spinning={loading}>
        {data && data.items.length === 0 ? (
          <Empty description={t(unreadOnly ? 'messages.noUnread' : 'messages.inboxEmpty')} />
        ) : (
          <Flex vertical gap={12} style={{ minHeight: 80 }} data-testid="inbox-list">
            {(data?.items ?? []).map((m) => (
              <InboxItem key={m.id} m={m} onOpen={() => setParams({ open: String(m.id) })} />
            ))}
          </Flex>
        )}
      </Spin>
      {data && data.total > PAGE_SIZE && (
        <Pagination
          style={{ marginTop: 16, justifyContent: 'flex-end' }}
          current={page}
          pageSize={PAGE_SIZE}
          total={data.total}
          showSizeChanger={false}
          onChange={setPage}
        />
      )}
      {openId && <MessageModal key={openId} id={openId} onClose={() => setParams({}, { replace: true })} />}
    </PageCard>
  );
}
