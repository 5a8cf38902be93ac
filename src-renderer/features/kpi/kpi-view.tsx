import { Alert, Card, Col, Progress, Row, Skeleton, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import type { SellerKpiOut, TargetsOut } from '../../../src-shared/contract/kpi';
import { TARGET_KEYS } from '../../../src-shared/domain/kpi';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { LazyChart } from '../../ui/lazy-chart';
import { ofType } from '../../ui/live';
import { useRpc } from '../../ui/use-rpc';
import { avg, duration, pct } from './kpi-format';

const LIVE = ofType('lead.changed', 'followup.changed', 'dashboard.changed');

function Metric(p: {
  title: string;
  value: ReactNode;
  of: string;
  testId: string;
  danger?: boolean;
  onClick?(): void;
}) {
  return (
    <Card size="small" hoverable={!!p.onClick} onClick={p.onClick} data-testid={p.testId} style={{ height: '100%' }}>
      <Statistic
        title={p.title}
        value={typeof p.value === 'string' || typeof p.value === 'number' ? p.value : undefined}
        formatter={typeof p.value === 'object' ? () => p.value : undefined}
        styles={{ content: p.danger ? { color: '#cf1322' } : undefined }}
      />
      <Typography.Text type="secondary">{p.of}</Typography.Text>
    </Card>
  );
}

/** The seven metrics of SPEC §10 for one seller and range, with what each is made of. */
export function KpiFigures({ sellerId, range }: { sellerId?: number; range: { from: string; to: string } }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { data, error } = useRpc(() => api.kpi.seller({ sellerId, ...range }), [sellerId, range.from, range.to], LIVE);
  if (error) return <Alert type="error" showIcon title={error} />;
  if (!data) return <Skeleton active />;
  const k: SellerKpiOut = data;
  const total = k.dailyContacts.days.reduce((n, d) => n + d.count, 0);
  const cards = [
    <Metric
      key="c"
      testId="kpi-dailyContacts"
      title={`${t('kpi.dailyContacts')} (${t('kpi.perWorkingDay')})`}
      value={avg(k.dailyContacts.averagePerWorkingDay)}
      of={t('kpi.dailyContacts.of', { total })}
    />,
    <Metric
      key="f"
      testId="kpi-followupCompletion"
      title={t('kpi.followupCompletion')}
      value={pct(k.followupCompletion.rate)}
      of={t('kpi.followupCompletion.of', { done: k.followupCompletion.done, due: k.followupCompletion.due })}
    />,
    <Metric
      key="t"
      testId="kpi-trialsRegistered"
      title={t('kpi.trialsRegistered')}
      value={k.trialsRegistered}
      of={t('kpi.trialsRegistered.of')}
    />,
    <Metric
      key="s"
      testId="kpi-trialToSale"
      title={t('kpi.trialToSale')}
      value={pct(k.trialToSale.rate)}
      of={t('kpi.trialToSale.of', { accepted: k.trialToSale.accepted, came: k.trialToSale.came })}
    />,
    <Metric
      key="v"
      testId="kpi-conversion"
      title={t('kpi.conversion')}
      value={pct(k.conversion.rate)}
      of={t('kpi.conversion.of', { enrolled: k.conversion.enrolled, assigned: k.conversion.assigned })}
    />,
    <Metric
      key="r"
      testId="kpi-avgResponse"
      title={t('kpi.avgResponse')}
      value={duration(t, k.avgResponseMinutes)}
      of={t('kpi.avgResponse.of', { notContacted: k.notContacted })}
    />,
    <Metric
      key="o"
      testId="kpi-overdue"
      title={t('kpi.overdue')}
      value={k.overdue}
      of={t('kpi.overdue.of')}
      danger={k.overdue > 0}
      onClick={sellerId === undefined ? () => navigate('/followups/overdue') : undefined}
    />,
  ];
  return (
    <>
      <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fit, minmax(210px, 1fr))' }}>
        {cards}
      </div>
      <Card size="small" title={t('kpi.dailyContacts')} style={{ marginTop: 16 }}>
        <LazyChart
          kind="column"
          testId="chart-dailyContacts"
          height={220}
          x="date"
          y="count"
          data={k.dailyContacts.days.map((d) => ({ date: `${d.date.slice(8)}.${d.date.slice(5, 7)}`, count: d.count }))}
        />
      </Card>
    </>
  );
}

/** Progress bars of one month's targets ("Target'lar"); rates as percentages. */
export function TargetBars({ targets, compact = false }: { targets: TargetsOut; compact?: boolean }) {
  const { t } = useI18n();
  return (
    <Row gutter={[16, compact ? 4 : 12]}>
      {TARGET_KEYS.map((key) => {
        const { actual, target } = targets.progress[key];
        const rate = key === 'followupCompletion' || key === 'conversion';
        const percent = actual === null || target === 0 ? 0 : Math.min(100, Math.round((actual / target) * 100));
        const label = rate ? `${pct(actual)} / ${pct(target)}` : `${actual} / ${target}`;
        return (
          <Col key={key} xs={24} sm={12} lg={compact ? 24 : 8} data-testid={`target-${key}`}>
            <Typography.Text>
              {t(`kpi.target.${key}`)}: <b>{label}</b>
            </Typography.Text>
            <Progress percent={percent} size="small" status={percent >= 100 ? 'success' : 'normal'} />
          </Col>
        );
      })}
    </Row>
  );
}

/** This month's targets with progress, for the KPI pages. */
export function MonthTargets({ sellerId, month }: { sellerId?: number; month: string }) {
  const { t } = useI18n();
  const { data, error } = useRpc(() => api.kpi.targets({ sellerId, month }), [sellerId, month], LIVE);
  if (error) return null; // the figures above already say what went wrong
  return (
    <Card size="small" title={`${t('kpi.monthTargets')} (${month.slice(5)}.${month.slice(0, 4)})`}>
      {data ? <TargetBars targets={data} /> : <Skeleton active paragraph={{ rows: 2 }} />}
    </Card>
  );
}
