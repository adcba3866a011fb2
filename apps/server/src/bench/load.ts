import { performance } from 'node:perf_hooks';

/** What one timed run of concurrent load produced. */
export interface Sample {
  /** Latency of every completed request, in milliseconds. */
  latenciesMs: Float64Array;
  elapsedMs: number;
}

export interface Stats {
  count: number;
  perSecond: number;
  p50: number;
  p95: number;
}

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** Several timed runs as one: every latency, and the time they took together. */
export function merge(samples: Sample[]): Sample {
  const latencies = new Float64Array(samples.reduce((n, s) => n + s.latenciesMs.length, 0));
  let at = 0;
  for (const sample of samples) {
    latencies.set(sample.latenciesMs, at);
    at += sample.latenciesMs.length;
  }
  return { latenciesMs: latencies, elapsedMs: samples.reduce((ms, s) => ms + s.elapsedMs, 0) };
}

export function summarize(sample: Sample): Stats {
  const sorted = Float64Array.from(sample.latenciesMs).sort();
  return {
    count: sorted.length,
    perSecond: sorted.length / (sample.elapsedMs / 1000),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
  };
}

/**
 * Closed-loop load: `connections` callers each send the next operation as soon as the last one
 * finished, until `seconds` have passed. Any failed operation stops the run.
 */
export async function closedLoop(
  operation: (sequence: number) => Promise<unknown>,
  connections: number,
  seconds: number,
): Promise<Sample> {
  const latencies: number[] = [];
  const start = performance.now();
  const deadline = start + seconds * 1000;
  let sequence = 0;
  const caller = async () => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      await operation(sequence++);
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: connections }, caller));
  return { latenciesMs: Float64Array.from(latencies), elapsedMs: performance.now() - start };
}
