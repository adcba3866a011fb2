import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Sample } from './load';

export interface HttpLoadInput {
  url: string;
  /** JSON request bodies, sent in turn by each connection. */
  bodies: string[];
  /** Sent with every request, e.g. the Authorization header. */
  headers: Record<string, string>;
  connections: number;
  warmupSeconds: number;
  seconds: number;
}

export interface HttpLoadOutput extends Sample {
  /** Non-2xx responses plus connection errors and timeouts. */
  failures: number;
}

/** Warms up, then measures, POST load against `url` from a worker thread (see http-worker). */
export function httpLoad(input: HttpLoadInput): Promise<HttpLoadOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'http-worker.js'), { workerData: input });
    let output: HttpLoadOutput | undefined;
    worker.once('message', (message: HttpLoadOutput) => (output = message));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      output && code === 0
        ? resolve(output)
        : reject(new Error(`the HTTP load worker exited with code ${code} and no result`)),
    );
  });
}
