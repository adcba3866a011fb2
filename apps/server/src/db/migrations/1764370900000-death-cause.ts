import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What a member died of, as the family or the hospital told it (记录逝世). */
export class DeathCause1764370900000 implements MigrationInterface {
  name = 'DeathCause1764370900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE member ADD COLUMN death_cause varchar(200)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE member DROP COLUMN death_cause`);
  }
}
