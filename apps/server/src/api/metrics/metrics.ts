import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyPluginAsync } from 'fastify';
import { getOperationAST } from 'graphql';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from '../../kernel/db/database';

/** Operation names are the client's: past this many distinct ones, the rest count as `other`. */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * The process's Prometheus metrics (METRICS=true): GraphQL requests and their latency by
 * operation name, the database pool, and job runs and failures. One registry per app, so
 * test apps in one process keep theirs apart.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly requests = new Counter({
    name: 'wanxia_graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome (ok, or error when the answer has errors).',
    labelNames: ['operation', 'outcome'],
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'wanxia_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its answer, by operation name.',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly jobRuns = new Counter({
    name: 'wanxia_job_runs_total',
    help: 'Background job runs in this process by task and outcome (success or failure).',
    labelNames: ['task', 'outcome'],
    registers: [this.registry],
  });

  constructor(db: Database) {
    collectDefaultMetrics({ register: this.registry, prefix: 'wanxia_' });
    const pool = new Gauge({
      name: 'wanxia_db_pool_connections',
      help: 'Database pool connections: total (open), idle, and waiting (requests queued for one).',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        for (const [state, count] of Object.entries(db.poolStats())) pool.set({ state }, count);
      },
    });
  }

  /** Counts a request and its latency under a bounded set of operation names. */
  recordRequest(operationName: string | null | undefined, seconds: number, failed: boolean) {
    const operation = this.operationLabel(operationName);
    this.requests.inc({ operation, outcome: failed ? 'error' : 'ok' });
    this.latency.observe({ operation }, seconds);
  }

  recordJob(task: string, failed: boolean) {
    this.jobRuns.inc({ task, outcome: failed ? 'failure' : 'success' });
  }

  private operationLabel(name: string | null | undefined): string {
    if (!name) return 'unnamed';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_NAMES) return 'other';
    this.operations.add(name);
    return name;
  }
}

/** Times every GraphQL request, including those refused before they run. */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ request, document, response }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const errors = response.body.kind === 'single' && response.body.singleResult.errors;
          // Named in the document even when it fails validation and never runs.
          const operation = document && getOperationAST(document, request.operationName);
          metrics.recordRequest(operation?.name?.value, seconds, !!errors);
        },
      };
    },
  };
}

/** `GET /metrics`, for a bearer token when one is set. */
export const metricsRoute: FastifyPluginAsync<{ metrics: Metrics; token?: string }> = async (
  app,
  { metrics, token },
) => {
  const expected = token ? Buffer.from(`Bearer ${token}`) : null;
  app.get('/metrics', async (request, reply) => {
    if (expected) {
      const given = Buffer.from(request.headers.authorization ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return reply
          .code(401)
          .header('www-authenticate', 'Bearer')
          .send({ error: { code: 'UNAUTHENTICATED', message: '需要令牌 (a token is needed)' } });
      }
    }
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
};
