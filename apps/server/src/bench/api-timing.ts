import { performance } from 'node:perf_hooks';
import { formatDecimal } from './report';

export interface BenchApi {
  url: string;
  headers: Record<string, string>;
}

/** One GraphQL request; an error or a missing answer stops the bench with what came back. */
export async function askApi<T>(
  api: BenchApi,
  label: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...api.headers },
    body: JSON.stringify({ query, variables }),
  });
  const reply = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!reply.data || reply.errors)
    throw new Error(`${label}: ${JSON.stringify(reply).slice(0, 500)}`);
  return reply.data;
}

/** Times `run` for each of `inputs`, one after another, in milliseconds, sorted. */
export async function timeEach<I>(inputs: readonly I[], run: (input: I) => Promise<unknown>) {
  const times: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    await run(input);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

/** "p50 x ms, p95 y ms (within the 200 ms target)" of sorted times. */
export function percentiles(times: readonly number[], targetMs: number): string {
  const p50 = times[Math.floor(times.length / 2)];
  const p95 = times[Math.ceil(times.length * 0.95) - 1];
  return `p50 ${formatDecimal(p50, 1)} ms, p95 ${formatDecimal(p95, 1)} ms (${p95 < targetMs ? 'within' : 'OVER'} the ${targetMs} ms target)`;
}
