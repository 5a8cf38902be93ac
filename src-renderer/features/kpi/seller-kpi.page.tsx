import { Empty, Space } from 'antd';
import { useI18n } from '../../app/i18n';
import { PageCard } from '../../ui/page-card';
import { SellerSelect } from '../../ui/pickers';
import { KpiFigures, MonthTargets } from './kpi-view';
import { RangeBar, useKpiRange } from './range-bar';

/** "Sotuvchi KPI" (Admin §11, Manager §8): pick a seller, then a range. The seller is in the address. */
export function SellerKpiPage() {
  const { t } = useI18n();
  const state = useKpiRange();
  const sellerId = Number(state.params.get('sellerId')) || undefined;
  return (
    <PageCard title={t('menu.stats.kpi')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <SellerSelect
            withInactive
            placeholder={t('kpi.pickSeller')}
            style={{ width: 260 }}
            value={sellerId}
            onChange={(v) => state.set({ sellerId: v ? String(v) : undefined })}
            data-testid="kpi-seller"
          />
          <RangeBar state={state} />
        </Space>
        {sellerId === undefined ? (
          <Empty description={t('kpi.pickSellerHint')} />
        ) : (
          <>
            {state.range && <KpiFigures sellerId={sellerId} range={state.range} />}
            {state.today && <MonthTargets sellerId={sellerId} month={state.today.slice(0, 7)} />}
          </>
        )}
      </Space>
    </PageCard>
  );
}
