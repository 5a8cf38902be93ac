import { Bar, Column, Line, Pie } from '@ant-design/plots';

/** A row of a chart: its label (x), value (y) and, for several series, which series. */
export type ChartRow = Record<string, string | number>;

export interface ChartProps {
  kind: 'column' | 'bar' | 'line' | 'pie';
  data: ChartRow[];
  x: string;
  y: string;
  /** Several series side by side (column/bar) or as lines. */
  series?: string;
  height?: number;
  /** A click on a bar, slice or point: the row it shows. */
  onPick?(row: ChartRow): void;
  testId?: string;
}

/**
 * The app's charts (@ant-design/plots, G2 underneath). Only this module imports the library, and only
 * through React.lazy (lazy-chart.tsx), so it is loaded by the pages that draw a chart and no other.
 */
export default function Chart({ kind, data, x, y, series, height = 260, onPick, testId }: ChartProps) {
  const common = {
    data,
    height,
    autoFit: true,
    containerAttributes: { 'data-testid': testId },
    onEvent: (_: unknown, e: { type?: string; data?: { data?: ChartRow } }) => {
      if (e.type === 'element:click' && e.data?.data) onPick?.(e.data.data);
    },
  };
  switch (kind) {
    case 'column':
      return <Column {...common} xField={x} yField={y} colorField={series} group={!!series} />;
    case 'bar':
      return <Bar {...common} xField={x} yField={y} colorField={series} group={!!series} />;
    case 'line':
      return (
        <Line {...common} xField={x} yField={y} colorField={series} point={{ shapeField: 'circle', sizeField: 3 }} />
      );
    case 'pie':
      return (
        <Pie
          {...common}
          angleField={y}
          colorField={x}
          innerRadius={0.55}
          legend={{ color: { position: 'right', rowPadding: 4 } }}
          label={{ text: y, style: { fontWeight: 'bold' } }}
        />
      );
  }
}
