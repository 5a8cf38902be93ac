import { Alert, Card, Col, Empty, Row, Skeleton, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import type { AnalyticsOut } from '../../../src-shared/contract/analytics';
import { api } from '../../api/client';
import { tKey, useI18n } from '../../app/i18n';
import { DownloadButton } from '../../ui/download-button';
import { LazyChart } from '../../ui/lazy-chart';
import { ofType } from '../../ui/live';
import { PageCard } from '../../ui/page-card';
import { useRpc } from '../../ui/use-rpc';
import { pct } from '../kpi/kpi-format';
import { RangeBar, useKpiRange } from '../kpi/range-bar';
import { CountTable, leadsLink, RankingTable, SourceTable } from './analytics-tables';

function Block({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Card size="small" title={title} extra={hint && <Typography.Text type="secondary">{hint}</Typography.Text>}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {children}
      </Space>
    </Card>
  );
}

/** "Analytics" (Admin §11, Manager §8): charts and the tables under them; a click on a source or seller opens its leads. */
export function AnalyticsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const state = useKpiRange();
  const range = state.range;
  const { data, error } = useRpc(
    () => (range ? api.analytics.get(range) : Promise.resolve(null)),
    [range?.from, range?.to],
    ofType('lead.changed', 'followup.changed', 'dashboard.changed'),
  );
  const a: AnalyticsOut | null = data;
  const trendRows = (rows: AnalyticsOut['monthly']) =>
    rows.flatMap((r) => [
      { period: r.period, series: t('analytics.newLeads'), value: r.leads },
      { period: r.period, series: t('analytics.sales'), value: r.sales },
    ]);
  return (
    <PageCard title={t('analytics.title')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <RangeBar state={state} />
          {range && (
            <DownloadButton
              testId="analytics-export"
              label={t('analytics.export')}
              load={() => api.analytics.export(range)}
            />
          )}
        </Space>
        {error && <Alert type="error" showIcon title={error} />}
        {!a || !range ? (
          <Skeleton active />
        ) : a.totals.leads === 0 && a.ranking.every((r) => r.leads === 0) ? (
          <Empty description={t('analytics.empty')} />
        ) : (
          <>
            <Typography.Text type="secondary">
              {t('analytics.totals', { ...a.totals, conversion: pct(a.totals.conversion) })} ·{' '}
              {t('analytics.clickHint')}
            </Typography.Text>
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={12}>
                <Block title={t('analytics.bySource')}>
                  <LazyChart
                    kind="bar"
                    testId="chart-bySource"
                    height={Math.max(160, a.bySource.length * 44)}
                    x="label"
                    y="value"
                    series="series"
                    data={a.bySource.flatMap((s) => [
                      {
                        source: s.source,
                        label: tKey(t, `source.${s.source}`),
                        series: t('analytics.leads'),
                        value: s.leads,
                      },
                      {
                        source: s.source,
                        label: tKey(t, `source.${s.source}`),
                        series: t('analytics.enrolled'),
                        value: s.enrolled,
                      },
                    ])}
                    onPick={(row) => navigate(leadsLink(range, { source: String(row.source) }))}
                  />
                  <SourceTable data={a} range={range} />
                </Block>
              </Col>
              <Col xs={24} xl={12}>
                <Block title={t('analytics.funnel')} hint={t('analytics.funnelHint')}>
                  <LazyChart
                    kind="bar"
                    testId="chart-funnel"
                    height={300}
                    x="stage"
                    y="count"
                    data={a.funnel.map((f) => ({ stage: tKey(t, `status.${f.status}`), count: f.count }))}
                  />
                  <CountTable
                    testId="table-funnel"
                    rowKey="status"
                    rows={a.funnel}
                    columns={[
                      { title: t('analytics.stage'), key: 'status', render: (s) => tKey(t, `status.${String(s)}`) },
                      { title: t('analytics.leads'), key: 'count' },
                    ]}
                  />
                </Block>
              </Col>
              <Col span={24}>
                <Block title={t('analytics.ranking')}>
                  <LazyChart
                    kind="bar"
                    testId="chart-ranking"
                    height={Math.max(160, a.ranking.length * 36)}
                    x="seller"
                    y="value"
                    series="series"
                    data={a.ranking.flatMap((r) => [
                      { sellerId: r.sellerId, seller: r.sellerName, series: t('analytics.leads'), value: r.leads },
                      { sellerId: r.sellerId, seller: r.sellerName, series: t('analytics.sales'), value: r.sales },
                    ])}
                    onPick={(row) => navigate(leadsLink(range, { sellerId: Number(row.sellerId) }))}
                  />
                  <RankingTable data={a} range={range} />
                </Block>
              </Col>
              {(['monthly', 'weekly'] as const).map((k) => (
                <Col key={k} xs={24} xl={12}>
                  <Block title={t(`analytics.${k}`)}>
                    <LazyChart
                      kind="line"
                      testId={`chart-${k}`}
                      x="period"
                      y="value"
                      series="series"
                      data={trendRows(a[k])}
                    />
                    <CountTable
                      testId={`table-${k}`}
                      rowKey="period"
                      rows={a[k]}
                      columns={[
                        { title: t(k === 'monthly' ? 'analytics.month' : 'analytics.weekOf'), key: 'period' },
                        { title: t('analytics.newLeads'), key: 'leads' },
                        { title: t('analytics.sales'), key: 'sales' },
                      ]}
                    />
                  </Block>
                </Col>
              ))}
              <Col xs={24} xl={12}>
                <Block title={t('analytics.lostReasons')}>
                  {a.lostReasons.length > 0 && (
                    <LazyChart
                      kind="pie"
                      testId="chart-lostReasons"
                      x="reason"
                      y="count"
                      data={a.lostReasons.map((r) => ({ reason: tKey(t, `lost.${r.reason}`), count: r.count }))}
                    />
                  )}
                  <CountTable
                    testId="table-lostReasons"
                    rowKey="reason"
                    rows={a.lostReasons}
                    columns={[
                      { title: t('analytics.reason'), key: 'reason', render: (r) => tKey(t, `lost.${String(r)}`) },
                      { title: t('analytics.count'), key: 'count' },
                    ]}
                  />
                </Block>
              </Col>
            </Row>
          </>
        )}
      </Space>
    </PageCard>
  );
}
