import { EditOutlined } from '@ant-design/icons';
import { Button, DatePicker, Empty, Form, InputNumber, Progress, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { TargetsOut } from '../../../src-shared/contract/kpi';
import { TARGET_KEYS, type TargetKey } from '../../../src-shared/domain/kpi';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { loadCentreClock } from '../../ui/centre-time';
import { FormModal, numberRange, required } from '../../ui/form-modal';
import { ofType } from '../../ui/live';
import { PageCard } from '../../ui/page-card';
import { useRpc } from '../../ui/use-rpc';
import { pct } from './kpi-format';

type Row = TargetsOut & { sellerName: string };
const RATES: TargetKey[] = ['followupCompletion', 'conversion'];

/** One target's cell: "actual / target" and a bar. */
function Cell({ row, k }: { row: Row; k: TargetKey }) {
  const { actual, target } = row.progress[k];
  const rate = RATES.includes(k);
  const percent = actual === null || target === 0 ? 0 : Math.min(100, Math.round((actual / target) * 100));
  return (
    <div style={{ minWidth: 110 }}>
      <Typography.Text>{rate ? `${pct(actual)} / ${pct(target)}` : `${actual} / ${target}`}</Typography.Text>
      <Progress percent={percent} size="small" showInfo={false} status={percent >= 100 ? 'success' : 'normal'} />
    </div>
  );
}

/** "Target'lar" (Sotuvchi §8): each active seller's month targets (the defaults where none are set) and progress. */
export function TargetsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [thisMonth, setThisMonth] = useState<string | null>(null);
  useEffect(() => {
    void loadCentreClock().then((c) => setThisMonth(c.today().slice(0, 7)));
  }, []);
  const month = params.get('month') ?? thisMonth;
  const [editing, setEditing] = useState<Row | null>(null);
  const { data, error, setData, reload } = useRpc(
    () => (month ? api.kpi.team({ month }) : Promise.resolve(null)),
    [month],
    ofType('lead.changed', 'followup.changed', 'user.changed', 'dashboard.changed'),
  );
  return (
    <PageCard title={t('menu.stats.targets')} error={error}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <DatePicker
            picker="month"
            format="MM.YYYY"
            allowClear={false}
            value={month ? dayjs(`${month}-01`) : null}
            onChange={(d) => d && setParams({ month: d.format('YYYY-MM') }, { replace: true })}
            data-testid="targets-month"
          />
          <Typography.Text type="secondary">{t('kpi.targets.hint')}</Typography.Text>
        </Space>
        <Table<Row>
          rowKey="sellerId"
          size="middle"
          loading={!data}
          pagination={false}
          scroll={{ x: 900 }}
          dataSource={data?.items ?? []}
          locale={{
            emptyText: (
              <Empty description={t('kpi.targets.empty')}>
                <Button onClick={() => navigate('/users/sellers')}>{t('menu.users.sellers')}</Button>
              </Empty>
            ),
          }}
          columns={[
            {
              title: t('analytics.seller'),
              dataIndex: 'sellerName',
              fixed: 'left',
              render: (name: string, r) => (
                <a onClick={() => navigate(`/stats/kpi?sellerId=${r.sellerId}&range=thisMonth`)}>{name}</a>
              ),
            },
            ...TARGET_KEYS.map((k) => ({
              title: t(`kpi.target.${k}`),
              key: k,
              render: (_: unknown, r: Row) => <Cell row={r} k={k} />,
            })),
            {
              key: 'edit',
              width: 60,
              render: (_: unknown, r: Row) => (
                <Button
                  icon={<EditOutlined />}
                  title={t('kpi.targets.edit')}
                  onClick={() => setEditing(r)}
                  data-testid={`targets-edit-${r.sellerId}`}
                />
              ),
            },
          ]}
        />
      </Space>
      {editing && month && (
        <FormModal<Record<TargetKey, number>>
          title={`${t('menu.stats.targets')}: ${editing.sellerName} (${month.slice(5)}.${month.slice(0, 4)})`}
          successMessage={t('kpi.targets.saved')}
          initialValues={Object.fromEntries(
            TARGET_KEYS.map((k) => [k, RATES.includes(k) ? Math.round(editing[k] * 1000) / 10 : editing[k]]),
          )}
          onClose={() => setEditing(null)}
          onSubmit={async (v) => {
            const saved = await api.kpi.setTargets({
              sellerId: editing.sellerId,
              month,
              leads: v.leads,
              trials: v.trials,
              sales: v.sales,
              followupCompletion: v.followupCompletion / 100,
              conversion: v.conversion / 100,
            });
            if (data)
              setData({ items: data.items.map((i) => (i.sellerId === saved.sellerId ? { ...i, ...saved } : i)) });
            else void reload();
          }}
        >
          {TARGET_KEYS.map((k) => (
            <Form.Item
              key={k}
              name={k}
              label={t(`kpi.target.${k}`)}
              rules={[...required(t), numberRange(t, 0, RATES.includes(k) ? 100 : 100_000)]}
            >
              <InputNumber
                style={{ width: '100%' }}
                precision={RATES.includes(k) ? 1 : 0}
                suffix={RATES.includes(k) ? '%' : undefined}
              />
            </Form.Item>
          ))}
        </FormModal>
      )}
    </PageCard>
  );
}
