import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { ChartProps } from './chart';

const Chart = lazy(() => import('./chart'));

/** A chart, its library fetched the first time one is drawn (a chunk of its own). */
export function LazyChart(props: ChartProps) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height ?? 260 }} />}>
      <Chart {...props} />
    </Suspense>
  );
}
