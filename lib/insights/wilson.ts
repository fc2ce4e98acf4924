// How sure a helpful rate is: the Wilson score interval, which stays honest with few votes (two
// yes out of two is "somewhere between 34% and 100%", not "100%").

export type Interval = { rate: number; low: number; high: number };

/** z for 95% confidence. */
const z = 1.959964;

export function wilson(yes: number, total: number): Interval | undefined {
  if (total <= 0) {
    return undefined;
  }
  const p = yes / total;
  const z2 = z * z;
  const centre = (p + z2 / (2 * total)) / (1 + z2 / total);
  const half = (z / (1 + z2 / total)) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  return { rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
