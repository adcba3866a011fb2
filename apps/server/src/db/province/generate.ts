import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { chinaDate, parts } from '@wanxia/schema';
import { loadConfig, readEnvFile } from '../../kernel/config';
import { createLogger } from '../../kernel/logger';
import { sql } from '../../kernel/db/sql';
import { Lifecycle } from '../../lifecycle';
import { seedDemoUsers } from '../../modules/user/accounts-seed';
import { openDatabase } from '../open';
import { seedDemoFunding } from '../seed/demo-funding';
import { seedDemoVisits } from '../seed/demo-visits';
import { generateProvinceRoster } from './roster';

const USAGE = 'pnpm db:generate [--members 1000000] [--years 3] [--seed 20221213]';

function wholeNumber(name: string, text: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(
      `--${name} must be a whole number of at least ${min}, got "${text}" (${USAGE})`,
    );
  }
  return value;
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      members: { type: 'string', default: '1000000' },
      years: { type: 'string', default: '3' },
      seed: { type: 'string', default: '20221213' },
    },
  });
  return {
    memberCount: wholeNumber('members', values.members, 1),
    years: wholeNumber('years', values.years, 1),
    seed: wholeNumber('seed', values.seed, 0),
  };
}

/**
 * Drops everything in the configured database, migrates it and fills it with a generated
 * province: branches, members and their enrolment, `years` years of visit work (tasks, life
 * events, visits) and the money, then the demo accounts. For measuring at scale, never for use.
 */
async function main() {
  const { memberCount, years, seed } = readOptions();
  readEnvFile();
  const config = loadConfig();
  const lifecycle = new Lifecycle(createLogger(config.LOG_LEVEL));
  const started = performance.now();
  const step = (label: string) =>
    console.log(`${((performance.now() - started) / 1000).toFixed(1).padStart(7)} s  ${label}`);
  try {
    const database = await openDatabase(config, createLogger(config.LOG_LEVEL), lifecycle);
    await database.asOwner(async (owner) => {
      await owner.run(sql`DROP SCHEMA public CASCADE`);
      await owner.run(sql`CREATE SCHEMA public`);
    });
    await database.migrate();
    step('migrated');
    const { db } = database;
    const today = chinaDate(new Date());
    const firstYear = parts(today).year - years + 1;
    await db.transaction(async (tx) => {
      const roster = await generateProvinceRoster(tx, { today, memberCount, seed });
      step(
        `${roster.members} members in ${roster.branches} branches under ${roster.generalBranches} general branches`,
      );
      const visits = await seedDemoVisits(tx, today, firstYear);
      step(
        `${visits.tasks} visit tasks, ${visits.lifeEvents} life events, ${visits.visits} visits since ${firstYear}`,
      );
      const funding = await seedDemoFunding(tx, today, firstYear);
      step(`${funding.budgets} budget lines, ${funding.disbursements} payments`);
    });
    await seedDemoUsers(db);
    // Statistics and the visibility map, as autovacuum would leave them after a while.
    await database.asOwner((owner) => owner.run(sql`VACUUM ANALYZE`));
    step(`analysed; signed in as the demo accounts (as of ${today})`);
  } finally {
    await lifecycle.stop();
  }
}

main().catch((error: unknown) => {
  console.error('Generation failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
