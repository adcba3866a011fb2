import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { TEMPLATE_EMPTY, TEST_ROLES, testOwnerUrl } from '../test/constants';
import { entities } from './entities';
import { MemberEntity } from '../modules/member/member.entity';
import { BudgetEntity } from '../modules/funding/budget.entity';
import { VisitEntity } from '../modules/visit/visit.entity';
import { DisbursementEntity } from '../modules/funding/disbursement.entity';

/**
 * The entities and the migrated database agree: TypeORM's schema diff, the statements
 * `migration:generate` would write, is empty.
 *
 * What TypeORM cannot express, and so this diff cannot hold to account:
 * - indexes on expressions or with operator classes (`lower(username)`,
 *   `coalesce(parent_id, 0)`, `reverse(id_card_number) text_pattern_ops`, `gin_trgm_ops`, …):
 *   the entities name them with `synchronize: false`, TypeORM neither creates nor drops them;
 * - what TypeORM compares by name only: a CHECK's expression and a partial index's WHERE;
 * - the audit trail's append-only trigger and its function, and the pg_trgm extension.
 * Generated columns TypeORM compares by the expression it recorded in its `typeorm_metadata`
 * table when it made them; our migrations are SQL, so that table stays empty. Here a temporary
 * view of that name (a session's temporary objects come first) shows it PostgreSQL's own
 * expressions, so the entities are held to the real columns.
 */

/**
 * TypeORM's own: its record of the migrations run, and where it would keep generated columns'
 * expressions (it makes the table, empty, when it runs migrations for entities that have some).
 */
const TYPEORM_TABLES = ['migrations', 'typeorm_metadata'];

/** PostgreSQL's generated-column expressions, where TypeORM looks for the ones it recorded. */
const GENERATED_COLUMNS_VIEW = `
  CREATE TEMPORARY VIEW typeorm_metadata AS
  SELECT 'GENERATED_COLUMN'::varchar AS type, table_catalog::varchar AS database,
    table_schema::varchar AS schema, table_name::varchar AS "table", column_name::varchar AS name,
    generation_expression::text AS value
  FROM information_schema.columns WHERE is_generated = 'ALWAYS'`;

/** TypeORM's pending schema changes, after `alter` has changed the entities' metadata. */
async function pendingChanges(url: string, alter?: (ds: DataSource) => void): Promise<string[]> {
  // One connection, so the temporary view is in the session the schema builder reads with.
  const ds = new DataSource({ type: 'postgres', url, entities, extra: { max: 1 } });
  await ds.initialize();
  try {
    await ds.query(GENERATED_COLUMNS_VIEW);
    alter?.(ds);
    const { upQueries } = await ds.driver.createSchemaBuilder().log();
    return upQueries.map((q) => q.query);
  } finally {
    await ds.destroy();
  }
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.WANXIA_TEST_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('the entities', () => {
  const name = `wanxia_test_${randomBytes(6).toString('hex')}`;
  const url = testOwnerUrl(name);

  beforeAll(async () => {
    await admin((c) =>
      c.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_EMPTY} OWNER ${TEST_ROLES.owner.name}`),
    );
  });
  afterAll(() => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)));

  it('declare every table of the migrated database, each in exactly one entity', async () => {
    const ds = new DataSource({ type: 'postgres', url, entities });
    await ds.initialize();
    try {
      const tables: { name: string }[] = await ds.query(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
      );
      const declared = ds.entityMetadatas.map((m) => m.tableName).sort();
      expect(declared).toEqual(
        tables
          .map((t) => t.name)
          .filter((t) => !TYPEORM_TABLES.includes(t))
          .sort(),
      );
    } finally {
      await ds.destroy();
    }
  });

  it('agree with the migrated database: the schema diff is empty', async () => {
    const changes = await pendingChanges(url);
    if (changes.length) {
      throw new Error(
        `The entities and the migrations disagree; migration:generate would write:\n${changes.join(';\n')}`,
      );
    }
  });

  // The diff sees a change in each kind of thing the entities declare (their metadata altered in
  // memory, for this data source only).
  it.each<[string, (ds: DataSource) => void, RegExp]>([
    [
      'a column length',
      (ds) => {
        ds.getMetadata(MemberEntity).findColumnWithPropertyName('name')!.length = '60';
      },
      /ALTER TABLE "member".*"name"/,
    ],
    [
      'a nullability',
      (ds) => {
        ds.getMetadata(VisitEntity).findColumnWithPropertyName('place')!.isNullable = false;
      },
      /ALTER TABLE "visit" ALTER COLUMN "place" SET NOT NULL/,
    ],
    [
      'a default',
      (ds) => {
        ds.getMetadata(BudgetEntity).findColumnWithPropertyName('paidFen')!.default = 1;
      },
      /ALTER TABLE "budget" ALTER COLUMN "paid_fen" SET DEFAULT '1'/,
    ],
    [
      'a generated column expression',
      (ds) => {
        ds.getMetadata(MemberEntity).findColumnWithPropertyName('partyStandingFrom')!.asExpression =
          'party_join_date';
      },
      /"party_standing_from"/,
    ],
    [
      'a check',
      (ds) => {
        const budget = ds.getMetadata(BudgetEntity);
        budget.checks = budget.checks.filter((c) => c.name !== 'budget_not_overdrawn');
      },
      /DROP CONSTRAINT "budget_not_overdrawn"/,
    ],
    [
      'an index',
      (ds) => {
        const visit = ds.getMetadata(VisitEntity);
        visit.indices = visit.indices.filter((i) => i.name !== 'visit_late_idx');
      },
      /DROP INDEX .*"visit_late_idx"/,
    ],
    [
      'a foreign key',
      (ds) => {
        const disbursement = ds.getMetadata(DisbursementEntity);
        disbursement.foreignKeys = disbursement.foreignKeys.filter(
          (fk) => fk.name !== 'disbursement_visit_id_fkey',
        );
      },
      /DROP CONSTRAINT "disbursement_visit_id_fkey"/,
    ],
  ])('disagree with the database when %s differs', async (_, alter, expected) => {
    const changes = await pendingChanges(url, alter);
    expect(changes.join('\n')).toMatch(expected);
  });
});
