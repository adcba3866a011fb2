/**
 * The repository's nginx configuration (deploy/nginx) run on loopback, as the deploy drill and
 * the console's Lighthouse command run it: only listen ports, upstream addresses and file
 * places swapped for loopback ones.
 */
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../db/open';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const NGINX_DIR = path.join(REPO_ROOT, 'deploy/nginx');

/** A certificate and its key (PEM files) for the TLS site. */
export interface TlsFiles {
  certificate: string;
  key: string;
}

/**
 * Writes nginx.conf, site.conf and proxy.conf into `dir`: the plain HTTP site (http.conf), or
 * with `tls` the TLS and HTTP/2 site (https.conf) without its redirect from port 80.
 */
export async function writeNginxConfig(
  dir: string,
  {
    listenPort,
    upstreamPorts,
    tls,
  }: { listenPort: number; upstreamPorts: number[]; tls?: TlsFiles },
) {
  const main = await readFile(path.join(NGINX_DIR, 'nginx.conf'), 'utf8');
  const upstream = /^(\s*)server api:4000 resolve;$/m;
  if (!upstream.test(main)) throw new Error('deploy/nginx/nginx.conf: the upstream line changed');
  await writeFile(
    path.join(dir, 'nginx.conf'),
    main.replace(upstream, (_, indent: string) =>
      upstreamPorts.map((p) => `${indent}server 127.0.0.1:${p};`).join('\n'),
    ),
  );
  await writeFile(
    path.join(dir, 'site.conf'),
    tls ? await tlsSite(listenPort, tls) : await plainSite(listenPort),
  );
  await writeFile(
    path.join(dir, 'proxy.conf'),
    await readFile(path.join(NGINX_DIR, 'proxy.conf'), 'utf8'),
  );
}

/** The arguments that run nginx in the foreground on the configuration in `dir`. */
export const nginxArgs = (dir: string) => [
  '-p',
  dir,
  '-c',
  path.join(dir, 'nginx.conf'),
  '-e',
  'stderr',
  '-g',
  `daemon off; pid ${path.join(dir, 'nginx.pid')};`,
];

async function plainSite(listenPort: number) {
  const site = await readFile(path.join(NGINX_DIR, 'http.conf'), 'utf8');
  if (!site.includes('listen 80;')) throw new Error('deploy/nginx/http.conf: the listen changed');
  return site.replace('listen 80;', `listen 127.0.0.1:${listenPort};`);
}

async function tlsSite(listenPort: number, tls: TlsFiles) {
  const site = await readFile(path.join(NGINX_DIR, 'https.conf'), 'utf8');
  const redirect = /server \{\s*listen 80;[\s\S]*?return 301[^}]*\}\s*\}\s*/;
  const listen = 'listen 443 ssl;\n  http2 on;';
  if (!redirect.test(site) || !site.includes(listen))
    throw new Error('deploy/nginx/https.conf: the listen lines changed');
  // `http2 on;` came with nginx 1.25.1; before it, HTTP/2 was a parameter of `listen`.
  const http2 = http2Directive() ? 'ssl;\n  http2 on;' : 'ssl http2;';
  return site
    .replace(redirect, '')
    .replace(listen, `listen 127.0.0.1:${listenPort} ${http2}`)
    .replace('/etc/nginx/certs/tls.crt', tls.certificate)
    .replace('/etc/nginx/certs/tls.key', tls.key);
}

function http2Directive(): boolean {
  // nginx -v answers on stderr.
  const { stderr } = spawnSync(NGINX, ['-v'], { encoding: 'utf8' });
  const version = /nginx\/(\d+)\.(\d+)\.(\d+)/.exec(stderr);
  if (!version) return true;
  const [major, minor, patch] = version.slice(1).map(Number);
  return major > 1 || (major === 1 && (minor > 25 || (minor === 25 && patch >= 1)));
}
