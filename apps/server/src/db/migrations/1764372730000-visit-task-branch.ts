import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each task carries its member's branch, so a province's coverage by branch (two million tasks
 * a year) is counted from the coverage index alone instead of hashing a million members.
 * A copy kept by the database: a task takes its member's branch when it is written without one,
 * and follows the member when they move; set-based writers pass it themselves.
 */
export class VisitTaskBranch1764372730000 implements MigrationInterface {
  name = 'VisitTaskBranch1764372730000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE visit_task ADD COLUMN branch_id integer`);
    await q.query(
      `UPDATE visit_task vt SET branch_id = m.branch_id FROM member m WHERE m.id = vt.member_id`,
    );
    await q.query(`ALTER TABLE visit_task ALTER COLUMN branch_id SET NOT NULL`);
    await q.query(`
      CREATE FUNCTION visit_task_member_branch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.branch_id := (SELECT m.branch_id FROM member m WHERE m.id = NEW.member_id);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER visit_task_member_branch BEFORE INSERT ON visit_task
      FOR EACH ROW WHEN (NEW.branch_id IS NULL) EXECUTE FUNCTION visit_task_member_branch()`);
    await q.query(`
      CREATE FUNCTION visit_task_follow_member() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE visit_task SET branch_id = NEW.branch_id
        WHERE member_id = NEW.id AND branch_id <> NEW.branch_id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER visit_task_follow_member AFTER UPDATE OF branch_id ON member
      FOR EACH ROW WHEN (OLD.branch_id IS DISTINCT FROM NEW.branch_id)
      EXECUTE FUNCTION visit_task_follow_member()`);
    await q.query(`DROP INDEX visit_task_coverage_idx`);
    await q.query(
      `CREATE INDEX visit_task_coverage_idx ON visit_task (due_by) INCLUDE (occasion, status, done_late, member_id, branch_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX visit_task_coverage_idx`);
    await q.query(
      `CREATE INDEX visit_task_coverage_idx ON visit_task (due_by) INCLUDE (occasion, status, done_late, member_id)`,
    );
    await q.query(`DROP TRIGGER visit_task_follow_member ON member`);
    await q.query(`DROP FUNCTION visit_task_follow_member()`);
    await q.query(`DROP TRIGGER visit_task_member_branch ON visit_task`);
    await q.query(`DROP FUNCTION visit_task_member_branch()`);
    await q.query(`ALTER TABLE visit_task DROP COLUMN branch_id`);
  }
}
