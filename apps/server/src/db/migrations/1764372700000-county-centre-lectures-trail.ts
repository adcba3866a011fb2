import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Records that were the province's in common and are each county's: the centre, its 老年大学, the 红色讲堂. */
const COUNTY_TABLES = ['centre_room', 'course', 'lecture'] as const;

/**
 * A county's activity centre (rooms, courses) and its lecture catalogue belong to the county
 * bureau; what there was is Anhua's, as in the bureaus migration. Each audit entry names the
 * bureau of what it is about (the record's county, else the actor's bureau; null: the province),
 * so a county's admins read their county's part of the trail. Entries written before stay the
 * province's: the trail is append-only and is not rewritten.
 */
export class CountyCentreLecturesTrail1764372700000 implements MigrationInterface {
  name = 'CountyCentreLecturesTrail1764372700000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of COUNTY_TABLES) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN bureau_id int
        CONSTRAINT ${table}_bureau_id_fkey REFERENCES bureau (id)`);
      await q.query(
        `UPDATE ${table} SET bureau_id = (SELECT id FROM bureau WHERE code = '430923')`,
      );
      await q.query(`ALTER TABLE ${table} ALTER COLUMN bureau_id SET NOT NULL`);
    }
    await q.query(`ALTER TABLE centre_room DROP CONSTRAINT centre_room_name_key`);
    await q.query(
      `ALTER TABLE centre_room ADD CONSTRAINT centre_room_name_key UNIQUE (bureau_id, name)`,
    );
    await q.query(`ALTER TABLE course DROP CONSTRAINT course_term_name_key`);
    await q.query(
      `ALTER TABLE course ADD CONSTRAINT course_term_name_key UNIQUE (bureau_id, term, name)`,
    );
    await q.query(`CREATE INDEX course_bureau_idx ON course (bureau_id, term_starts_on)`);
    await q.query(`CREATE INDEX lecture_bureau_idx ON lecture (bureau_id, topic)`);

    await q.query(`ALTER TABLE audit_event ADD COLUMN bureau_id int
      CONSTRAINT audit_event_bureau_id_fkey REFERENCES bureau (id)`);
    await q.query(
      `CREATE INDEX audit_event_bureau_idx ON audit_event (bureau_id, occurred_at, id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_event DROP COLUMN bureau_id`);
    await q.query(`DROP INDEX lecture_bureau_idx`);
    await q.query(`DROP INDEX course_bureau_idx`);
    // Back to one centre: refused while two counties' rooms or courses share a name.
    await q.query(`ALTER TABLE course DROP CONSTRAINT course_term_name_key`);
    await q.query(`ALTER TABLE course ADD CONSTRAINT course_term_name_key UNIQUE (term, name)`);
    await q.query(`ALTER TABLE centre_room DROP CONSTRAINT centre_room_name_key`);
    await q.query(`ALTER TABLE centre_room ADD CONSTRAINT centre_room_name_key UNIQUE (name)`);
    for (const table of COUNTY_TABLES) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN bureau_id`);
    }
  }
}
