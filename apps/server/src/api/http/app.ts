import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import type { GraphQLSchema } from 'graphql';
import type { Database } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import { systemClock, type Clock } from '../../kernel/clock';
import type { Logger } from '../../kernel/logger';
import { Admission, openContext } from '../graphql/context';
import type { Context } from '../../kernel/context';
import { identifyCaller } from '../graphql/identify-caller';
import { anonymousRestrictions } from '../graphql/anonymous-restrictions';
import { refuseControlCharacters } from '../graphql/refuse-control-characters';
import { createErrorFormatter } from '../graphql/format-error';
import { compiledReads } from '../graphql/compiled-reads';
import { createLimitsPlugin, type LimitsOptions } from '../graphql/limits/limits-plugin';
import { DEFAULT_EXPORTS_DIR, useExportSettings } from '../../modules/excel/member-exports';
import { loadConfig, type Config } from '../../kernel/config';
import { excelRoutes } from './excel.routes';
import { attachmentRoutes } from './attachment.routes';
import {
  FolderStorage,
  useAttachmentStorage,
  type AttachmentStorage,
} from '../../modules/activity/attachment-storage';
import { onRosterExit, onRosterReturn } from '../../modules/member/roster-exit';
import { visitsOnRosterExit, visitsOnRosterReturn } from '../../modules/visit/roster-changes';
import { CSRF_HEADER, sessionCookieOf, sessionCookies } from './session-cookie';
import { API_PATH, noStoreOnApi, securityHeaders } from './security-headers';
import { metricsPlugin, metricsRoute, type Metrics } from '../metrics/metrics';

export interface AppOptions {
  db: Database;
  schema: GraphQLSchema;
  logger: Logger;
  clock?: Clock;
  /** Folder of the built console, served at `/` when it exists. */
  adminDist?: string;
  /** Request bodies above this many bytes are refused with 413. */
  bodyLimit?: number;
  /** Whether anonymous callers may introspect the schema (signed-in callers always may). */
  anonymousIntrospection?: boolean;
  /** Query limits and budgets; the configuration's defaults when absent. */
  limits?: QueryLimits;
  /** Proxies whose X-Forwarded-For gives the client's address (TRUSTED_PROXIES); none when empty. */
  trustedProxies?: string[];
  /** Serve these metrics at /metrics (METRICS), behind the token when there is one. */
  metrics?: { metrics: Metrics; token?: string };
  /** Where activity files are kept and the largest accepted (a folder under the system's temporary one, 10 MB, when absent). */
  attachments?: { storage: AttachmentStorage; maxBytes: number };
  /** Where background exports are written (a folder under the system's temporary one when absent). */
  exportsDir?: string;
}

export interface QueryLimits extends LimitsOptions {
  maxTokens: number;
}

/** The limits the configuration gives, or its defaults. */
export function limitsFrom(config: Config): QueryLimits {
  return {
    maxCost: config.MAX_QUERY_COST,
    maxDepth: config.MAX_QUERY_DEPTH,
    maxAliases: config.MAX_QUERY_ALIASES,
    maxTokens: config.MAX_QUERY_TOKENS,
    capacity: config.RATE_CAPACITY,
    restorePerSecond: config.RATE_RESTORE_PER_SECOND,
  };
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The HTTP server: GraphQL at /graphql, Excel in and out under /api, probes, and the console. */
export async function buildApp(options: AppOptions) {
  const { db, schema, logger } = options;
  // Rules between modules that the lower one may not name: leaving the roster closes visits.
  onRosterExit(visitsOnRosterExit);
  onRosterReturn(visitsOnRosterReturn);
  const clock = options.clock ?? systemClock;
  const attachments = options.attachments ?? {
    storage: new FolderStorage(path.join(os.tmpdir(), 'wanxia-attachments')),
    maxBytes: 10 * 1024 * 1024,
  };
  useAttachmentStorage(attachments.storage);
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    // Sign-in locks and budgets are per address: behind nginx every client would otherwise share
    // the proxy's, while a client talking directly must not pick its own with X-Forwarded-For.
    trustProxy: options.trustedProxies?.length ? options.trustedProxies : false,
    // A caller's request id is kept when it looks like one, so logs can be joined across systems.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  const headers = securityHeaders();
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
  app.addHook('onSend', noStoreOnApi);
  await app.register(fastifyCookie);

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      await db.run(sql`SELECT 1`);
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'database unreachable' });
    }
  });

  const limits = options.limits ?? limitsFrom(loadConfig({}));
  useExportSettings({
    dir: options.exportsDir ?? DEFAULT_EXPORTS_DIR,
    budget: limits,
  });
  const apollo = new ApolloServer<Context>({
    schema,
    parseOptions: { maxTokens: limits.maxTokens },
    // Cache hints are unused; the plugin would otherwise run a hook on every field.
    plugins: [
      fastifyApolloDrainPlugin(app),
      ApolloServerPluginCacheControlDisabled(),
      // The landing page loads Apollo's sandbox from a CDN, which the CSP refuses.
      ApolloServerPluginLandingPageDisabled(),
      identifyCaller,
      refuseControlCharacters,
      createLimitsPlugin(limits),
      anonymousRestrictions({ introspection: options.anonymousIntrospection ?? true }),
      compiledReads,
      ...(options.metrics ? [metricsPlugin(options.metrics.metrics)] : []),
    ],
    // Requests must prove they are not simple cross-site ones; the console sends CSRF_HEADER.
    csrfPrevention: {
      requestHeaders: ['x-apollo-operation-name', 'apollo-require-preflight', CSRF_HEADER],
    },
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    logger,
  });
  await apollo.start();
  const admission = new Admission(db);
  app.addHook('onClose', () => admission.stop());
  // Serve once callers can be kept, so every process admits alike from its first request.
  await admission.ready;
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    // The caller is known, or resolved with the operation's charge in one statement (openContext).
    context: async (request, reply) =>
      openContext(db, admission, clock, {
        requestId: request.id,
        logger: request.log,
        authorization: request.headers.authorization,
        sessionCookie: sessionCookieOf(request),
        cookies: sessionCookies(request, reply),
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      }),
  });

  await app.register(excelRoutes, { prefix: '/api', db, clock, schema, budget: limits });
  await app.register(attachmentRoutes, { prefix: '/api', db, clock, ...attachments });
  if (options.metrics) await app.register(metricsRoute, options.metrics);

  const adminDist = options.adminDist;
  if (adminDist && existsSync(path.join(adminDist, 'index.html'))) {
    const root = path.resolve(adminDist);
    await app.register(fastifyStatic, {
      root,
      // The build writes .br and .gz beside each text file: served as the browser accepts them.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (response, file) =>
        response.setHeader('cache-control', cacheControlFor(path.relative(root, file))),
    });
    // Client-side routes fall back to the console's index page.
    app.setNotFoundHandler((request, reply) =>
      request.method === 'GET' && !API_PATH.test(request.url)
        ? reply.sendFile('index.html')
        : reply.code(404).send({ error: 'Not found' }),
    );
  }
  return app;
}

/** Vite names the files under assets/ by their content: they never change, so keep them. */
const HASHED_ASSET = /^assets[\\/]/;

/** Hashed files for a year; everything else (index.html) asked again each time. */
export function cacheControlFor(fileInDist: string): string {
  return HASHED_ASSET.test(fileInDist) ? 'public, max-age=31536000, immutable' : 'no-cache';
}
