import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Campaigns (慰问活动): the plan of an occasion with its standard and line, its work groups, the
 * members on its list and the batches recorded under an idempotency key.
 */
export class Campaigns1764371000000 implements MigrationInterface {
  name = 'Campaigns1764371000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE campaign (
        id serial PRIMARY KEY,
        name varchar(100) NOT NULL,
        occasion varchar(20) NOT NULL,
        holiday varchar(20),
        year int NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        branch_id int REFERENCES branch (id),
        budget_id int NOT NULL REFERENCES budget (id),
        rules jsonb NOT NULL DEFAULT '[]',
        status varchar(10) NOT NULL DEFAULT 'DRAFT',
        planned_member_count int NOT NULL DEFAULT 0,
        planned_total_fen bigint NOT NULL DEFAULT 0,
        committed_fen bigint NOT NULL DEFAULT 0,
        paid_fen bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL,
        created_by varchar(100) NOT NULL,
        created_by_user_id int REFERENCES app_user (id),
        created_by_token_id int REFERENCES api_token (id),
        approved_at timestamptz,
        approved_by varchar(100),
        closed_at timestamptz,
        closed_by varchar(100),
        version int NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT campaign_status_check CHECK (status IN ('DRAFT', 'APPROVED', 'CLOSED')),
        CONSTRAINT campaign_occasion_check CHECK (occasion IN ('HOLIDAY', 'HOSPITALIZATION',
          'DECADE_BIRTHDAY', 'BEREAVEMENT', 'DISPUTE', 'DISASTER', 'ROUTINE', 'ONE_ON_ONE')),
        CONSTRAINT campaign_holiday_check CHECK ((occasion = 'HOLIDAY') = (holiday IS NOT NULL)),
        CONSTRAINT campaign_period_check CHECK (ends_on >= starts_on),
        CONSTRAINT campaign_year_check CHECK (year BETWEEN 1949 AND 9999),
        CONSTRAINT campaign_money_check
          CHECK (planned_total_fen >= 0 AND committed_fen >= 0 AND paid_fen >= 0)
      )`);
    await q.query(`CREATE INDEX campaign_year_idx ON campaign (year, status)`);
    await q.query(`CREATE INDEX campaign_period_idx ON campaign (status, starts_on, ends_on)`);
    await q.query(`CREATE INDEX campaign_budget_idx ON campaign (budget_id)`);
    await q.query(`CREATE INDEX campaign_branch_idx ON campaign (branch_id)`);

    await q.query(`
      CREATE TABLE work_group (
        id serial PRIMARY KEY,
        campaign_id int NOT NULL REFERENCES campaign (id),
        name varchar(100) NOT NULL,
        position int NOT NULL DEFAULT 0,
        leader varchar(50) NOT NULL,
        leader_user_id int REFERENCES app_user (id),
        visitors text[] NOT NULL DEFAULT '{}',
        visitor_user_ids int[] NOT NULL DEFAULT '{}',
        branch_ids int[] NOT NULL DEFAULT '{}',
        townships text[] NOT NULL DEFAULT '{}',
        places text[] NOT NULL DEFAULT '{}',
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX work_group_campaign_idx ON work_group (campaign_id, position)`);
    await q.query(`CREATE INDEX work_group_leader_idx ON work_group (leader_user_id)`);
    await q.query(
      `CREATE INDEX work_group_visitor_users_idx ON work_group USING gin (visitor_user_ids)`,
    );

    await q.query(`
      CREATE TABLE campaign_entry (
        id serial PRIMARY KEY,
        campaign_id int NOT NULL REFERENCES campaign (id),
        work_group_id int REFERENCES work_group (id),
        member_id int NOT NULL REFERENCES member (id),
        task_id int REFERENCES visit_task (id),
        gift varchar(200),
        amount_fen bigint NOT NULL DEFAULT 0,
        status varchar(10) NOT NULL DEFAULT 'PENDING',
        visit_id int REFERENCES visit (id),
        disbursement_id int REFERENCES disbursement (id),
        version int NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT campaign_entry_status_check CHECK (status IN ('PENDING', 'VISITED')),
        CONSTRAINT campaign_entry_amount_fen_check CHECK (amount_fen >= 0),
        CONSTRAINT campaign_entry_visited_check CHECK ((status = 'VISITED') = (visit_id IS NOT NULL)),
        CONSTRAINT campaign_entry_member_key UNIQUE (campaign_id, member_id)
      )`);
    await q.query(
      `CREATE INDEX campaign_entry_group_idx ON campaign_entry (campaign_id, work_group_id, status)`,
    );

    await q.query(`
      CREATE TABLE campaign_batch (
        id serial PRIMARY KEY,
        campaign_id int NOT NULL REFERENCES campaign (id),
        idempotency_key varchar(100) NOT NULL,
        entry_ids int[] NOT NULL,
        visit_count int NOT NULL,
        paid_fen bigint NOT NULL,
        created_at timestamptz NOT NULL,
        created_by varchar(100) NOT NULL,
        CONSTRAINT campaign_batch_key UNIQUE (idempotency_key)
      )`);
    await q.query(`CREATE INDEX campaign_batch_campaign_idx ON campaign_batch (campaign_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE campaign_batch, campaign_entry, work_group, campaign`);
  }
}
