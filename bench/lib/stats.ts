/** Percentile by nearest rank over a sample of timings (ms). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

export type Timing = { p50: number; p95: number; max: number; n: number }

export function summarize(values: readonly number[]): Timing {
  return { p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values), n: values.length }
}

/** Runs `fn` `reps` times (after `warmup` untimed runs) and returns the timings in ms. */
export async function time(fn: () => unknown, reps: number, warmup = 2): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) await fn()
  const out: number[] = []
  for (let i = 0; i < reps; i += 1) {
    const started = performance.now()
    await fn()
    out.push(performance.now() - started)
  }
  return out
}

export const ms = (value: number) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value)} ms` : 'n/a')
