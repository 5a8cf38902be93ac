/** The priority of an offer or a message, with the manual's colours: urgent red, high orange, normal blue, low grey. */
export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** antd Tag colours. */
export const PRIORITY_COLOR: Record<Priority, string> = {
  urgent: 'red',
  high: 'orange',
  normal: 'blue',
  low: 'default',
};

/** The same colours as a card's edge. */
export const PRIORITY_EDGE: Record<Priority, string> = {
  urgent: '#ff4d4f',
  high: '#fa8c16',
  normal: '#1677ff',
  low: '#bfbfbf',
};

export const PRIORITY_RANK: Record<Priority, number> = { urgent: 0, high: 1, normal: 2, low: 3 };
