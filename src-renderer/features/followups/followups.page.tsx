import { Alert, Button, Card, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { FollowupOut } from '../../../src-shared/contract/followups';
import { DELAY_BUCKETS, type DelayBucket } from '../../../src-shared/domain/follow-up-rules';
import { api } from '../../api/client';
import { useI18n, type T } from '../../app/i18n';
import { useUser } from '../../app/session';
import { clipStyle } from '../../ui/clip';
import { formatDateTime, formatPhone } from '../../ui/format';
import { StatusTag } from '../../ui/lead-tags';
import { serverPaging } from '../../ui/paging';
import { SellerSelect } from '../../ui/pickers';
import { useRpc } from '../../ui/use-rpc';
import { BulkBar } from './bulk-bar';
import { CompleteButton } from './complete-button';
import { RowOffers } from './row-offers';
import { ofType } from '../../ui/live';

function delayText(ms: number, t: T): string {
  const min = Math.floor(ms / 60_000);
  if (min < 60) return t('fu.minutes', { n: min });
  if (min < 24 * 60) return t('fu.hoursShort', { h: Math.floor(min / 60), m: min % 60 });
  return t('fu.days', { d: Math.floor(min / 1440), h: Math.floor((min % 1440) / 60) });
}

/** "Bugungi Aloqalar" (overdue on top, then the rest of today) and "Muddati O'tgan". */
export function FollowupsPage({ scope }: { scope: 'today' | 'overdue' }) {
  const { t } = useI18n();
  const user = useUser();
  const team = user.role !== 'seller';
  const [sellerId, setSellerId] = useState<number | undefined>();
  const [bucket, setBucket] = useState<DelayBucket | undefined>();
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<number[]>([]);
  const {
    data: list,
    error,
    loading,
    reload,
  } = useRpc(
    () => api.followups.list({ scope, sellerId, bucket, page, pageSize: 50 }),
    [scope, sellerId, bucket, page],
    ofType('followup.changed', 'lead.changed'),
  );
  // With a filter on, an empty page must not read as "nothing overdue": count what the filter hides.
  const filtered = sellerId !== undefined || bucket !== undefined;
  const unfiltered = useRpc(
    () => (filtered ? api.followups.list({ scope, page: 1, pageSize: 1 }) : Promise.resolve(null)),
    [scope, filtered],
    ofType('followup.changed', 'lead.changed'),
  );
  const hidden = filtered && list ? Math.max(0, (unfiltered.data?.total ?? 0) - list.total) : 0;
  const clearFilters = () => {
    setSellerId(undefined);
    setBucket(undefined);
    setPage(1);
  };
  const offers = useRpc(() => api.offers.list({ liveOnly: true }), []);
  const server = useRpc(() => api.settings.public(), []);
  const refresh = () => {
    setSelected([]);
    void reload();
  };

  return (
    <Card
      title={
        <Space>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t(scope === 'today' ? 'menu.followups.today' : 'menu.followups.overdue')}
          </Typography.Title>
          {list && <Typography.Text type="secondary">{t('leads.total', { count: list.total })}</Typography.Text>}
        </Space>
      }
    >
      {(team || scope === 'overdue') && (
        <Space wrap style={{ marginBottom: 16 }}>
          {team && (
            <SellerSelect
              allowClear
              withInactive
              placeholder={t('fu.allSellers')}
              value={sellerId}
              onChange={(v) => {
                setSellerId(v);
                setPage(1);
              }}
              style={{ width: 220 }}
            />
          )}
          {scope === 'overdue' && (
            <Select<DelayBucket>
              allowClear
              placeholder={t('fu.allDelays')}
              value={bucket}
              onChange={(v) => {
                setBucket(v);
                setPage(1);
              }}
              style={{ width: 180 }}
              options={DELAY_BUCKETS.map((b) => ({ value: b, label: t(`bucket.${b}`) }))}
            />
          )}
        </Space>
      )}
      {team && selected.length > 0 && (
        <BulkBar rows={(list?.items ?? []).filter((f) => selected.includes(f.id))} onDone={refresh} />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Table<FollowupOut>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={list?.items ?? []}
        scroll={{ x: 'max-content' }}
        rowSelection={team ? { selectedRowKeys: selected, onChange: (k) => setSelected(k as number[]) } : undefined}
        rowClassName={(f) => (f.overdue ? 'row-overdue' : '')}
        pagination={serverPaging(page, 50, list?.total ?? 0, setPage)}
        locale={{
          emptyText:
            hidden > 0 ? (
              <Empty description={t('fu.emptyHidden', { count: hidden })} data-testid="empty-hidden">
                <Button onClick={clearFilters}>{t('fu.clearFilter')}</Button>
              </Empty>
            ) : filtered && !unfiltered.data ? (
              <Empty description={t('common.loading')} />
            ) : (
              <Empty description={t(scope === 'today' ? 'fu.emptyToday' : 'fu.emptyOverdue')} />
            ),
        }}
        columns={[
          {
            title: t('fu.lead'),
            render: (_, f) => (
              <Space orientation="vertical" size={0}>
                <Link to={`/leads/${f.leadId}`} title={f.leadName} style={clipStyle(220)}>
                  {f.leadName}
                </Link>
                <a href={`tel:${f.leadPhone}`} style={{ whiteSpace: 'nowrap' }}>
                  {formatPhone(f.leadPhone)}
                </a>
              </Space>
            ),
          },
          ...(team ? [{ title: t('leads.seller'), dataIndex: 'sellerName' }] : []),
          {
            title: t('fu.due'),
            render: (_, f) => (
              <Space orientation="vertical" size={0}>
                <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(f.dueAt)}</span>
                {f.overdue && <Tag color="red">{t('fu.overdueTag')}</Tag>}
              </Space>
            ),
          },
          { title: t('leads.status'), render: (_, f) => <StatusTag status={f.leadStatus} /> },
          {
            title: t('leads.notes'),
            // The note when there is one; else what kind of call it is, so the cell never stands empty.
            render: (_, f) =>
              f.note ? (
                <span title={f.note} style={clipStyle(260)}>
                  {f.note}
                </span>
              ) : (
                <Typography.Text type="secondary">{t(`kind.${f.kind}`)}</Typography.Text>
              ),
          },
          ...(scope === 'overdue'
            ? [
                {
                  title: t('fu.delay'),
                  render: (_: unknown, f: FollowupOut) => (
                    <Typography.Text type="danger">{delayText((list?.now ?? 0) - f.dueAt, t)}</Typography.Text>
                  ),
                },
              ]
            : []),
          {
            title: t('common.actions'),
            render: (_, f) => (
              <Space>
                <CompleteButton id={f.id} followup={f} onDone={refresh} />
                <RowOffers row={f} offers={offers.data ?? []} today={server.data?.today ?? ''} />
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
