import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { rm } from 'node:fs/promises';
import { FolderStorage } from '../modules/activity/attachment-storage';
import { Client } from 'pg';
import type { GraphQLSchema } from 'graphql';
import { PostgresDatabase } from '../db/database';
import { createSchema } from '../api/graphql/schema';
import { createLogger, type Logger } from '../kernel/logger';
import { buildApp, type QueryLimits } from '../api/http/app';
import {
  TEMPLATE_DEMO,
  TEMPLATE_EMPTY,
  TEST_NOW,
  TEST_ROLES,
  testDatabaseUrl,
  testOwnerUrl,
} from './constants';
import { DEMO_PASSWORD, ensureFirstAdmin } from '../modules/user/accounts-seed';
import { Metrics } from '../api/metrics/metrics';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T;
  errors?: {
    message: string;
    extensions?: { code?: string; [key: string]: unknown };
    path?: string[];
  }[];
  extensions?: Record<string, unknown>;
}

/** The console's source folder holds a servable index.html too. */
const ADMIN_PAGES = path.resolve(__dirname, '../../../admin');

let schemaPromise: Promise<GraphQLSchema> | undefined;

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.WANXIA_TEST_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A test file's own copy of a template database and the real HTTP app on top of it,
 * with the clock fixed at TEST_NOW.
 */
export async function startTestApp(
  options: {
    demo?: boolean;
    now?: Date;
    logger?: Logger;
    anonymousIntrospection?: boolean;
    limits?: QueryLimits;
    trustedProxies?: string[];
    /** Serve /metrics, behind this token when there is one. */
    metrics?: { token?: string };
    /** The built console to serve at `/` (default: the console's source folder). */
    adminDist?: string;
    /** The largest attachment accepted (default 10 MB). */
    attachmentMaxBytes?: number;
    /**
     * Read-only work goes to a second database, a copy of the first made with it (as
     * DATABASE_READ_URL's replica would be), which the test may then make differ.
     */
    readReplica?: boolean;
  } = {},
) {
  const name = `wanxia_test_${randomBytes(6).toString('hex')}`;
  const template = options.demo ? TEMPLATE_DEMO : TEMPLATE_EMPTY;
  await admin((c) =>
    c.query(`CREATE DATABASE ${name} TEMPLATE ${template} OWNER ${TEST_ROLES.owner.name}`),
  );
  const db = new PostgresDatabase(testDatabaseUrl(name), 5);
  await db.open();
  const readName = `${name}_read`;
  let replica: PostgresDatabase | null = null;
  if (options.readReplica) {
    await admin((c) =>
      c.query(`CREATE DATABASE ${readName} TEMPLATE ${template} OWNER ${TEST_ROLES.owner.name}`),
    );
    replica = new PostgresDatabase(testDatabaseUrl(readName), 5, undefined, { readOnly: true });
    await replica.open();
    db.readFrom(replica);
  }
  schemaPromise ??= createSchema();
  const now = options.now ?? TEST_NOW;
  const metrics = options.metrics ? new Metrics(db) : undefined;
  const app = await buildApp({
    db,
    schema: await schemaPromise,
    logger: options.logger ?? createLogger('silent'),
    clock: () => now,
    adminDist: options.adminDist ?? ADMIN_PAGES,
    anonymousIntrospection: options.anonymousIntrospection,
    limits: options.limits,
    trustedProxies: options.trustedProxies,
    metrics: metrics && { metrics, token: options.metrics?.token },
    attachments: {
      storage: new FolderStorage(path.join(os.tmpdir(), name)),
      maxBytes: options.attachmentMaxBytes ?? 10 * 1024 * 1024,
    },
    exportsDir: path.join(os.tmpdir(), name, 'exports'),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  const baseUrl = `http://127.0.0.1:${port}`;

  /** A real HTTP request to the app. */
  const http = (path: string, init?: RequestInit) => fetch(`${baseUrl}${path}`, init);

  /** Sends a GraphQL request; as the demo admin unless `token` says otherwise (null: anonymous). */
  async function gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options: { token?: string | null; headers?: Record<string, string> } = {},
  ): Promise<GraphQLResponse<T>> {
    const token = options.token === undefined ? await adminToken() : options.token;
    const response = await http('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Signs in and returns the session token. */
  async function login(username: string, password = DEMO_PASSWORD): Promise<string> {
    const res = await gql(
      'mutation($input: LoginInput!) { login(input: $input) { token userErrors { code message } } }',
      { input: { username, password } },
      { token: null },
    );
    const token = res.data?.login?.token as string | undefined;
    if (!token) throw new Error(`cannot sign in as ${username}: ${JSON.stringify(res)}`);
    return token;
  }

  let adminSession: Promise<string> | undefined;
  const adminToken = async () => {
    adminSession ??= (async () => {
      if (!options.demo)
        await ensureFirstAdmin(db, createLogger('silent'), {
          username: 'admin',
          password: DEMO_PASSWORD,
        });
      return login('admin');
    })();
    return adminSession;
  };

  return {
    app,
    db,
    schema: await schemaPromise,
    /** The database's URL as the owner role, for tests that need what the app may not do. */
    ownerUrl: testOwnerUrl(name),
    metrics,
    baseUrl,
    http,
    gql,
    login,
    adminToken,
    /** Where this app keeps attachments. */
    attachmentsDir: path.join(os.tmpdir(), name),
    /** Where this app's background exports are written (pass it to the job worker). */
    exportsDir: path.join(os.tmpdir(), name, 'exports'),
    /** The read replica's copy, with `readReplica`. */
    replica,
    async stop() {
      await app.close();
      await db.close();
      if (replica) {
        await replica.close();
        await admin((c) => c.query(`DROP DATABASE IF EXISTS ${readName} WITH (FORCE)`));
      }
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      await rm(path.join(os.tmpdir(), name), { recursive: true, force: true });
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;
