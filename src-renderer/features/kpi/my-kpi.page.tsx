import { Space } from 'antd';
import { useI18n } from '../../app/i18n';
import { PageCard } from '../../ui/page-card';
import { KpiFigures, MonthTargets } from './kpi-view';
import { RangeBar, useKpiRange } from './range-bar';

/** "Mening KPI'm" (Sotuvchi §8): the seller's own figures for a range and this month's targets. */
export function MyKpiPage() {
  const { t } = useI18n();
  const state = useKpiRange();
  return (
    <PageCard title={t('menu.stats.myKpi')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <RangeBar state={state} />
        {state.range && <KpiFigures range={state.range} />}
        {state.today && <MonthTargets month={state.today.slice(0, 7)} />}
      </Space>
    </PageCard>
  );
}
