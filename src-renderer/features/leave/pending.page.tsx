import { Button, Empty, Popconfirm, Space, Table, Tabs } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import type { LeaveOut } from '../../../src-shared/contract/leave';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { ofType } from '../../ui/live';
import { PageCard } from '../../ui/page-card';
import { serverPaging } from '../../ui/paging';
import { useAction } from '../../ui/use-action';
import { useRpc } from '../../ui/use-rpc';
import { useLeaveColumns } from './leave-columns';
import { RejectModal } from './reject.modal';

const PAGE_SIZE = 50;
const changed = ofType('leave.changed');

/**
 * "Ruxsatlar → Kutilmoqda" (admin, manager): requests waiting, oldest first, each approved or
 * rejected with a reason; "Ko'rib chiqilganlar": the decided ones, newest first.
 */
export function LeavePendingPage() {
  const { t } = useI18n();
  const [tab, setTab] = useState<'pending' | 'history'>('pending');
  const [page, setPage] = useState(1);
  const [historyPage, setHistoryPage] = useState(1);
  const [rejecting, setRejecting] = useState<LeaveOut | null>(null);
  const pending = useRpc(() => api.leave.list({ status: 'pending', page, pageSize: PAGE_SIZE }), [page], changed);
  const history = useRpc(
    () => api.leave.list({ status: 'decided', page: historyPage, pageSize: PAGE_SIZE }),
    [historyPage],
    changed,
  );
  const c = useLeaveColumns();

  const act = useAction();
  const approve = (l: LeaveOut) => act(() => api.leave.approve({ id: l.id }), 'leave.approved', pending.reload);

  const table = (
    rpc: typeof pending,
    rows: LeaveOut[],
    current: number,
    onPage: (p: number) => void,
  ): TableProps<LeaveOut> => ({
    rowKey: 'id',
    loading: rpc.loading,
    dataSource: rows,
    scroll: { x: 'max-content' },
    pagination: serverPaging(current, PAGE_SIZE, rpc.data?.total ?? 0, onPage),
  });

  const waiting = pending.data?.items ?? [];
  const decided = history.data?.items ?? [];
  const pendingCount = pending.data?.total;

  return (
    <PageCard title={t('menu.leave')} error={pending.error ?? history.error}>
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as typeof tab)}
        items={[
          {
            key: 'pending',
            label: pendingCount ? `${t('leave.pendingTab')} (${pendingCount})` : t('leave.pendingTab'),
            children: (
              <Table<LeaveOut>
                {...table(pending, waiting, page, setPage)}
                data-testid="leave-pending-table"
                locale={{ emptyText: <Empty description={t('leave.pendingEmpty')} /> }}
                columns={[
                  c.seller,
                  c.type,
                  c.when(),
                  c.reason,
                  c.requested,
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    render: (_, l) => (
                      <Space size="small">
                        <Popconfirm
                          title={t('leave.approveConfirm')}
                          okText={t('common.yes')}
                          cancelText={t('common.no')}
                          styles={{ root: { maxWidth: 360 } }}
                          onConfirm={() => approve(l)}
                        >
                          <Button size="small" type="primary" data-testid={`leave-approve-${l.id}`}>
                            {t('leave.approve')}
                          </Button>
                        </Popconfirm>
                        <Button
                          size="small"
                          danger
                          onClick={() => setRejecting(l)}
                          data-testid={`leave-reject-${l.id}`}
                        >
                          {t('leave.reject')}
                        </Button>
                      </Space>
                    ),
                  },
                ]}
              />
            ),
          },
          {
            key: 'history',
            label: t('leave.historyTab'),
            children: (
              <Table<LeaveOut>
                {...table(history, decided, historyPage, setHistoryPage)}
                data-testid="leave-history-table"
                locale={{ emptyText: <Empty description={t('leave.historyEmpty')} /> }}
                columns={[c.seller, c.type, c.when(), c.reason, c.status, c.answer, c.requested]}
              />
            ),
          },
        ]}
      />
      {rejecting && (
        <RejectModal leave={rejecting} onClose={() => setRejecting(null)} onDone={() => void pending.reload()} />
      )}
    </PageCard>
  );
}
