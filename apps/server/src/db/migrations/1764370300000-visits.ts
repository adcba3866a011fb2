import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Life events, the visits owed (tasks, one per member, occasion and occurrence) and visits. */
export class Visits1764370300000 implements MigrationInterface {
  name = 'Visits1764370300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE visit_setting (
        occasion varchar(20) PRIMARY KEY,
        days_before int NOT NULL CHECK (days_before BETWEEN 0 AND 366),
        days_after int NOT NULL CHECK (days_after BETWEEN 0 AND 366),
        version int NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      INSERT INTO visit_setting (occasion, days_before, days_after) VALUES
        ('HOLIDAY', 30, 0), ('HOSPITALIZATION', 0, 3), ('DECADE_BIRTHDAY', 7, 7),
        ('BEREAVEMENT', 0, 3), ('DISPUTE', 0, 7), ('DISASTER', 0, 3)`);

    await q.query(`
      CREATE TABLE life_event (
        id serial PRIMARY KEY,
        member_id int NOT NULL REFERENCES member (id),
        kind varchar(20) NOT NULL CHECK (kind IN ('HOSPITALIZED', 'DISPUTE', 'DISASTER')),
        occurred_on date NOT NULL,
        reported_on date NOT NULL,
        place varchar(200),
        note text,
        admitted_on date,
        discharged_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (discharged_on IS NULL OR admitted_on IS NULL OR discharged_on >= admitted_on)
      )`);
    await q.query(`CREATE INDEX life_event_member_idx ON life_event (member_id, occurred_on)`);

    await q.query(`
      CREATE TABLE visit_task (
        id serial PRIMARY KEY,
        member_id int NOT NULL REFERENCES member (id),
        occasion varchar(20) NOT NULL
          CHECK (occasion IN ('HOLIDAY', 'HOSPITALIZATION', 'DECADE_BIRTHDAY', 'BEREAVEMENT', 'DISPUTE', 'DISASTER')),
        occurrence_key varchar(40) NOT NULL,
        trigger_date date NOT NULL,
        due_from date NOT NULL,
        due_by date NOT NULL,
        status varchar(20) NOT NULL DEFAULT 'OPEN'
          CHECK (status IN ('OPEN', 'DONE', 'MISSED', 'WAIVED', 'NOT_APPLICABLE')),
        life_event_id int REFERENCES life_event (id),
        done_on date,
        done_late boolean,
        waived_reason text,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (due_by >= due_from),
        CONSTRAINT visit_task_occurrence_key UNIQUE (member_id, occasion, occurrence_key)
      )`);
    await q.query(`CREATE INDEX visit_task_due_idx ON visit_task (status, due_by, id)`);
    await q.query(`CREATE INDEX visit_task_occasion_idx ON visit_task (occasion, due_by)`);
    await q.query(`CREATE INDEX visit_task_member_idx ON visit_task (member_id, due_by)`);

    await q.query(`
      CREATE TABLE visit (
        id serial PRIMARY KEY,
        member_id int NOT NULL REFERENCES member (id),
        occasion varchar(20) NOT NULL,
        visited_on date NOT NULL,
        visitors varchar(200) NOT NULL,
        place varchar(200),
        summary text,
        gifts varchar(200),
        follow_up_needed boolean NOT NULL DEFAULT false,
        follow_up_note text,
        task_id int UNIQUE REFERENCES visit_task (id),
        late boolean NOT NULL DEFAULT false,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX visit_member_idx ON visit (member_id, visited_on)`);
    await q.query(`CREATE INDEX visit_date_idx ON visit (visited_on, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE visit`);
    await q.query(`DROP TABLE visit_task`);
    await q.query(`DROP TABLE life_event`);
    await q.query(`DROP TABLE visit_setting`);
  }
}
