import type { CSSProperties, ReactNode } from 'react';

/** One line cut with "…" at `max` px, the whole text on hover: a 100-letter name must not widen a table. */
export function clipStyle(max: number): CSSProperties {
  return {
    display: 'inline-block',
    maxWidth: max,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    verticalAlign: 'bottom',
  };
}

export function Clip({ text, max, children }: { text: string; max: number; children?: ReactNode }) {
  return (
    <span title={text} style={clipStyle(max)}>
      {children ?? text}
    </span>
  );
}
