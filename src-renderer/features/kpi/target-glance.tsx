import { Popover, Progress, Space, Typography } from 'antd';
import type { TargetsOut } from '../../../src-shared/contract/kpi';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { ofType } from '../../ui/live';
import { useRpc } from '../../ui/use-rpc';
import { TargetBars } from './kpi-view';

/** Every active seller's targets and progress this month, by seller id (the dashboard's sellers table). */
export function useTeamTargets(month: string | null) {
  const { data } = useRpc(
    () => (month ? api.kpi.team({ month }) : Promise.resolve(null)),
    [month],
    ofType('lead.changed', 'followup.changed', 'dashboard.changed'),
  );
  return new Map((data?.items ?? []).map((i) => [i.sellerId, i]));
}

/** A seller's month at a glance: leads and sales against their targets; the five targets on hover. */
export function TargetGlance({ targets }: { targets: TargetsOut | undefined }) {
  const { t } = useI18n();
  if (!targets) return <Typography.Text type="secondary">—</Typography.Text>;
  const bar = (key: 'leads' | 'sales') => {
    const { actual, target } = targets.progress[key];
    const percent = target ? Math.min(100, Math.round((actual / target) * 100)) : 0;
    return (
      <div key={key} style={{ display: 'flex', gap: 6, alignItems: 'center', whiteSpace: 'nowrap' }}>
        <Typography.Text type="secondary" style={{ width: 92, fontSize: 12 }}>
          {t(`kpi.target.${key}`)} {actual}/{target}
        </Typography.Text>
        <Progress percent={percent} size="small" showInfo={false} style={{ width: 70, margin: 0 }} />
      </div>
    );
  };
  return (
    <Popover
      content={
        <div style={{ width: 320 }}>
          <TargetBars targets={targets} compact />
        </div>
      }
    >
      <Space orientation="vertical" size={0} data-testid={`glance-${targets.sellerId}`}>
        {bar('leads')}
        {bar('sales')}
      </Space>
    </Popover>
  );
}
