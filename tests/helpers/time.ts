/** Tashkent wall time "2026-11-26T10:00" → epoch ms. */
export const tashkent = (local: string) => Date.parse(`${local}:00+05:00`);
/** epoch ms → Tashkent wall time "2026-11-26 10:00" (for readable assertions). */
export const local = (t: number) => new Date(t + 5 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
