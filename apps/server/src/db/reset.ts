import 'reflect-metadata';
import { loadConfig, readEnvFile } from '../config';
import { Lifecycle } from '../lifecycle';
import { createLogger } from '../logger';
import { openDatabase } from './open';
import { seedDemoIfEmpty } from './seed/seed-if-empty';
import { sql } from './sql';

/** Drops everything in the database, migrates again and loads the demo data. */
async function main() {
  readEnvFile();
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const lifecycle = new Lifecycle(logger);
  try {
    const { db } = await openDatabase(config, logger, lifecycle);
    await db.run(sql`DROP SCHEMA public CASCADE`);
    await db.run(sql`CREATE SCHEMA public`);
    await db.migrate();
    await seedDemoIfEmpty(db, logger);
    console.log('The database now holds the demo data only.');
  } finally {
    await lifecycle.stop();
  }
}

main().catch((error: unknown) => {
  console.error('Reset failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
