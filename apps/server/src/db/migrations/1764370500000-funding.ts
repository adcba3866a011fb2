import type { MigrationInterface, QueryRunner } from 'typeorm';

const STEPS = ['created', 'approved', 'paid', 'voided'];

/**
 * Budget lines and the disbursements against them, in fen. The line keeps running totals that a
 * CHECK holds within its amount: whatever the code does, the database never lets a line be
 * overdrawn.
 */
export class Funding1764370500000 implements MigrationInterface {
  name = 'Funding1764370500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE funding_setting (
        id int PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        allow_self_approval boolean NOT NULL DEFAULT false,
        condolence_yearly_cap_fen bigint CHECK (condolence_yearly_cap_fen > 0),
        secretaries_see_county_lines boolean NOT NULL DEFAULT false,
        version int NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO funding_setting DEFAULT VALUES`);

    await q.query(`
      CREATE TABLE budget (
        id serial PRIMARY KEY,
        year int NOT NULL CHECK (year BETWEEN 1949 AND 9999),
        category varchar(30) NOT NULL CHECK (category IN
          ('CENTRE_OPERATIONS', 'ASSISTANCE', 'BRANCH_BUILDING', 'FACILITIES', 'ACTIVITIES', 'OTHER')),
        name varchar(100) NOT NULL,
        amount_fen bigint NOT NULL CHECK (amount_fen >= 0),
        committed_fen bigint NOT NULL DEFAULT 0,
        paid_fen bigint NOT NULL DEFAULT 0,
        branch_id int REFERENCES branch (id),
        note text,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT budget_not_overdrawn CHECK (committed_fen BETWEEN 0 AND amount_fen),
        CONSTRAINT budget_paid_within_committed CHECK (paid_fen BETWEEN 0 AND committed_fen)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX budget_name_key ON budget (year, coalesce(branch_id, 0), name)`,
    );
    await q.query(`CREATE INDEX budget_category_idx ON budget (category, year)`);
    await q.query(`CREATE INDEX budget_branch_idx ON budget (branch_id, year)`);

    const steps = STEPS.map(
      (step) => `
        ${step}_at timestamptz${step === 'created' ? ' NOT NULL' : ''},
        ${step}_by varchar(100)${step === 'created' ? ' NOT NULL' : ''},
        ${step}_by_user_id int REFERENCES app_user (id),
        ${step}_by_token_id int REFERENCES api_token (id),`,
    ).join('');
    await q.query(`
      CREATE TABLE disbursement (
        id serial PRIMARY KEY,
        budget_id int NOT NULL REFERENCES budget (id),
        amount_fen bigint NOT NULL CHECK (amount_fen > 0),
        purpose varchar(200) NOT NULL,
        payee_kind varchar(10) NOT NULL CHECK (payee_kind IN ('MEMBER', 'BRANCH', 'OTHER')),
        payee_name varchar(100) NOT NULL,
        member_id int REFERENCES member (id),
        branch_id int REFERENCES branch (id),
        visit_id int REFERENCES visit (id),
        disbursed_on date NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'APPROVED', 'PAID', 'VOID')),
        void_reason text,
        note text,
        ${steps}
        version int NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (payee_kind <> 'MEMBER' OR member_id IS NOT NULL),
        CHECK (payee_kind <> 'BRANCH' OR branch_id IS NOT NULL),
        CHECK (status <> 'VOID' OR void_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX disbursement_budget_idx ON disbursement (budget_id, disbursed_on)`);
    await q.query(`CREATE INDEX disbursement_date_idx ON disbursement (disbursed_on, id)`);
    await q.query(`CREATE INDEX disbursement_member_idx ON disbursement (member_id, disbursed_on)`);
    await q.query(`CREATE INDEX disbursement_branch_idx ON disbursement (branch_id, disbursed_on)`);
    await q.query(`CREATE INDEX disbursement_status_idx ON disbursement (status, disbursed_on)`);
    await q.query(`CREATE INDEX disbursement_visit_idx ON disbursement (visit_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE disbursement`);
    await q.query(`DROP TABLE budget`);
    await q.query(`DROP TABLE funding_setting`);
  }
}
