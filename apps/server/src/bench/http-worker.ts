import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';
import type { HttpLoadInput, HttpLoadOutput } from './http-load';

/** One autocannon run; latencies are collected per response, as autocannon's own are whole ms. */
async function fire(input: HttpLoadInput, seconds: number): Promise<HttpLoadOutput> {
  const latencies: number[] = [];
  let failures = 0;
  const start = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: input.url,
        connections: input.connections,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...input.headers },
        // Each connection cycles through these, so a query can rotate over many variables.
        requests: input.bodies.map((body) => ({ body })),
      },
      (error: unknown, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else failures++;
    });
  });
  return {
    latenciesMs: Float64Array.from(latencies),
    elapsedMs: performance.now() - start,
    failures: failures + result.errors,
  };
}

/** Runs in a worker thread so the load generator does not share the server's event loop. */
async function main(): Promise<void> {
  const input = workerData as HttpLoadInput;
  if (input.warmupSeconds > 0) await fire(input, input.warmupSeconds);
  const output = await fire(input, input.seconds);
  parentPort?.postMessage(output, [output.latenciesMs.buffer as ArrayBuffer]);
}

void main();
