import { request } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../../test/harness';

/** A GET that keeps the body as sent: fetch would decompress it behind our back. */
function get(baseUrl: string, pathname: string, acceptEncoding?: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(
        `${baseUrl}${pathname}`,
        { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        },
      );
      req.on('error', reject);
      req.end();
    },
  );
}

describe('the console as the server sends it', () => {
  let t: TestApp;
  let dist: string;
  const script = `console.log(${JSON.stringify('晚霞'.repeat(2000))});\n`;

  beforeAll(async () => {
    // A build as scripts/build.mjs leaves it: hashed assets with their .br and .gz beside them.
    dist = await mkdtemp(path.join(os.tmpdir(), 'wanxia-dist-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>晚霞</title>');
    await writeFile(path.join(dist, 'assets', 'index-3f2a9c.js'), script);
    await writeFile(path.join(dist, 'assets', 'index-3f2a9c.js.br'), brotliCompressSync(script));
    await writeFile(path.join(dist, 'assets', 'index-3f2a9c.js.gz'), gzipSync(script));
    t = await startTestApp({ adminDist: dist });
  });
  afterAll(async () => {
    await t.stop();
    await rm(dist, { recursive: true, force: true });
  });

  it('sends the brotli or gzip copy the browser accepts, and the plain file otherwise', async () => {
    const br = await get(t.baseUrl, '/assets/index-3f2a9c.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(script) / 10);

    const gz = await get(t.baseUrl, '/assets/index-3f2a9c.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(script);

    const plain = await get(t.baseUrl, '/assets/index-3f2a9c.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    expect(plain.headers['content-type']).toMatch(/javascript/);
  });

  it('keeps hashed assets for a year and asks for the page again every time', async () => {
    const asset = await get(t.baseUrl, '/assets/index-3f2a9c.js', 'br');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const page of ['/', '/index.html', '/roster/abc']) {
      const response = await get(t.baseUrl, page, 'br');
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });
});
