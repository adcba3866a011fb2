import 'reflect-metadata';
import { loadConfig, readEnvFile } from '../kernel/config';
import { Lifecycle } from '../lifecycle';
import { createLogger } from '../kernel/logger';
import { openDatabase } from './open';
import { seedDemoIfEmpty } from './seed/seed-if-empty';
import { sql } from '../kernel/db/sql';

/** Drops everything in the database, migrates again and loads the demo data. */
async function main() {
  readEnvFile();
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const lifecycle = new Lifecycle(logger);
  try {
    const database = await openDatabase(config, logger, lifecycle);
    // Dropping is the owner's right; the app role could not.
    await database.asOwner(async (owner) => {
      await owner.run(sql`DROP SCHEMA public CASCADE`);
      await owner.run(sql`CREATE SCHEMA public`);
    });
    await database.migrate();
    await seedDemoIfEmpty(database.db, logger);
    console.log('The database now holds the demo data only.');
  } finally {
    await lifecycle.stop();
  }
}

main().catch((error: unknown) => {
  console.error('Reset failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
