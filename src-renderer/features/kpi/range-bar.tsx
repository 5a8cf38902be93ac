import { DatePicker, Segmented, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { presetRange, RANGE_PRESETS, type RangePreset } from '../../../src-shared/domain/kpi';
import { useI18n } from '../../app/i18n';
import { loadCentreClock } from '../../ui/centre-time';

type Choice = RangePreset | 'custom';
const isPreset = (v: string | null): v is RangePreset => (RANGE_PRESETS as readonly string[]).includes(v ?? '');
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The date range of a KPI or Analytics page, kept in the address (`?range=thisWeek` or
 * `?range=custom&from=…&to=…`) so Back from a leads list returns to the same figures. Presets are
 * computed from the centre's today.
 */
export function useKpiRange(fallback: RangePreset = 'thisMonth') {
  const [params, setParams] = useSearchParams();
  const [today, setToday] = useState<string | null>(null);
  useEffect(() => {
    void loadCentreClock().then((c) => setToday(c.today()));
  }, []);
  const raw = params.get('range');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const custom = raw === 'custom' && DATE.test(from) && DATE.test(to);
  const choice: Choice = custom ? 'custom' : isPreset(raw) ? raw : fallback;
  const range = custom ? { from, to } : today && choice !== 'custom' ? presetRange(choice, today) : null;
  const set = (next: Record<string, string | undefined>) =>
    setParams(
      (p) => {
        const out = new URLSearchParams(p);
        for (const [k, v] of Object.entries(next))
          if (v === undefined) out.delete(k);
          else out.set(k, v);
        return out;
      },
      { replace: true },
    );
  return { range, choice, today, set, params };
}

export function RangeBar({ state }: { state: ReturnType<typeof useKpiRange> }) {
  const { t } = useI18n();
  const { range, choice, set } = state;
  return (
    <Space wrap data-testid="range-bar">
      <Segmented<Choice>
        value={choice}
        onChange={(v) => set({ range: v, ...(v === 'custom' ? { from: range?.from, to: range?.to } : {}) })}
        options={[...RANGE_PRESETS, 'custom' as const].map((p) => ({ value: p, label: t(`kpi.range.${p}`) }))}
      />
      {choice === 'custom' || state.params.get('range') === 'custom' ? (
        <DatePicker.RangePicker
          format="DD.MM.YYYY"
          allowClear={false}
          value={range ? [dayjs(range.from), dayjs(range.to)] : null}
          onChange={(r) =>
            r?.[0] && r[1] && set({ range: 'custom', from: r[0].format('YYYY-MM-DD'), to: r[1].format('YYYY-MM-DD') })
          }
          data-testid="range-custom"
        />
      ) : (
        range && (
          <span style={{ color: 'rgba(0,0,0,0.55)' }}>
            {dayjs(range.from).format('DD.MM.YYYY')} — {dayjs(range.to).format('DD.MM.YYYY')}
          </span>
        )
      )}
    </Space>
  );
}
