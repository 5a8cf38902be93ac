import { Button, Empty, Popconfirm, Table } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { LeaveOut } from '../../../src-shared/contract/leave';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { leaveOf } from '../../ui/live';
import { PageCard } from '../../ui/page-card';
import { serverPaging } from '../../ui/paging';
import { useAction } from '../../ui/use-action';
import { useRpc } from '../../ui/use-rpc';
import { useLeaveColumns } from './leave-columns';

const PAGE_SIZE = 50;

/** "Mening So'rovlarim" (seller): own requests, newest first, their state and the answer; a pending one can be withdrawn. */
export function MyLeavePage() {
  const { t } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useRpc(
    () => api.leave.mine({ page, pageSize: PAGE_SIZE }),
    [page],
    leaveOf(user.id),
  );
  const c = useLeaveColumns();

  const act = useAction();
  const withdraw = (l: LeaveOut) => act(() => api.leave.cancel({ id: l.id }), 'leave.withdrawn', reload);

  return (
    <PageCard
      title={t('menu.leave.mine')}
      addLabel={t('menu.leave.request')}
      onAdd={() => navigate('/leave/request')}
      error={error}
    >
      <Table<LeaveOut>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={serverPaging(page, PAGE_SIZE, data?.total ?? 0, setPage)}
        locale={{ emptyText: <Empty description={t('leave.mineEmpty')} /> }}
        columns={[
          c.when(t('leave.date')),
          c.type,
          c.reason,
          c.status,
          c.answer,
          c.requested,
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, l) =>
              l.status === 'pending' && (
                <Popconfirm
                  title={t('leave.withdrawConfirm')}
                  okText={t('common.yes')}
                  cancelText={t('common.no')}
                  onConfirm={() => withdraw(l)}
                >
                  <Button size="small" danger data-testid={`leave-withdraw-${l.id}`}>
                    {t('leave.withdraw')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </PageCard>
  );
}
