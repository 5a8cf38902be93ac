import { Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { AnalyticsOut } from '../../../src-shared/contract/analytics';
import { tKey, useI18n } from '../../app/i18n';
import { duration, pct } from '../kpi/kpi-format';

type Range = { from: string; to: string };
const num = { align: 'right' as const };

/** The leads list opened on a source or a seller, created in the range (the list reads its filters from the address). */
export const leadsLink = (range: Range, filter: Record<string, string | number>) =>
  `/leads?${new URLSearchParams({
    ...Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, String(v)])),
    createdFrom: range.from,
    createdTo: range.to,
  })}`;

export function SourceTable({ data, range }: { data: AnalyticsOut; range: Range }) {
  const { t } = useI18n();
  return (
    <Table
      rowKey="source"
      size="small"
      pagination={false}
      dataSource={data.bySource}
      data-testid="table-bySource"
      columns={[
        {
          title: t('analytics.source'),
          dataIndex: 'source',
          render: (s: string) => (
            <Link to={leadsLink(range, { source: s })} data-testid={`source-${s}`}>
              {tKey(t, `source.${s}`)}
            </Link>
          ),
        },
        { title: t('analytics.leads'), dataIndex: 'leads', ...num },
        { title: t('analytics.enrolled'), dataIndex: 'enrolled', ...num },
        { title: t('analytics.conversion'), dataIndex: 'conversion', ...num, render: pct },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>
            <b>{t('analytics.total')}</b>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <b>{data.totals.leads}</b>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            <b>{data.totals.enrolled}</b>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            <b>{pct(data.totals.conversion)}</b>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

export function RankingTable({ data, range }: { data: AnalyticsOut; range: Range }) {
  const { t } = useI18n();
  return (
    <Table
      rowKey="sellerId"
      size="small"
      pagination={false}
      scroll={{ x: 760 }}
      dataSource={data.ranking}
      data-testid="table-ranking"
      columns={[
        { title: '#', key: 'rank', width: 44, render: (_: unknown, __: unknown, i: number) => i + 1 },
        {
          title: t('analytics.seller'),
          dataIndex: 'sellerName',
          render: (name: string, r) => (
            <Link to={leadsLink(range, { sellerId: r.sellerId })} data-testid={`seller-${r.sellerId}`}>
              {name}
            </Link>
          ),
        },
        { title: t('analytics.leads'), dataIndex: 'leads', ...num },
        { title: t('analytics.contacted'), dataIndex: 'contacted', ...num },
        { title: t('analytics.trials'), dataIndex: 'trials', ...num },
        { title: t('analytics.sales'), dataIndex: 'sales', ...num },
        { title: t('analytics.conversion'), dataIndex: 'conversion', ...num, render: pct },
        {
          title: t('kpi.avgResponse'),
          dataIndex: 'avgResponseMinutes',
          ...num,
          render: (m: number | null) => duration(t, m),
        },
        {
          title: t('analytics.overdue'),
          dataIndex: 'overdue',
          ...num,
          render: (v: number) => <Typography.Text type={v > 0 ? 'danger' : undefined}>{v}</Typography.Text>,
        },
      ]}
    />
  );
}

export function CountTable<R extends object>(p: {
  rows: R[];
  rowKey: keyof R & string;
  columns: Array<{ title: string; key: keyof R & string; render?(v: R[keyof R]): string }>;
  testId: string;
}) {
  return (
    <Table<R>
      rowKey={p.rowKey}
      size="small"
      pagination={false}
      dataSource={p.rows}
      data-testid={p.testId}
      columns={p.columns.map((c, i) => ({
        title: c.title,
        dataIndex: c.key,
        align: i === 0 ? undefined : ('right' as const),
        render: c.render ? (v: R[keyof R]) => c.render!(v) : undefined,
      }))}
    />
  );
}
