import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { BureauEntity } from '../bureau/bureau.entity';
import { ApiTokenEntity } from '../api-token/api-token.entity';
import { BranchEntity } from '../branch/branch.entity';
import { BudgetEntity } from '../funding/budget.entity';
import { UserEntity } from '../user/user.entity';

/**
 * A campaign (慰问活动): the plan for one occasion of one year, the standard of what each member
 * receives (its rules, first match wins), the line it pays from and what it holds there.
 */
@Entity('campaign')
@Check('campaign_status_check', `status IN ('DRAFT', 'APPROVED', 'CLOSED')`)
@Check(
  'campaign_occasion_check',
  `occasion IN ('HOLIDAY', 'HOSPITALIZATION', 'DECADE_BIRTHDAY', 'BEREAVEMENT', 'DISPUTE', 'DISASTER', 'ROUTINE', 'ONE_ON_ONE')`,
)
@Check('campaign_holiday_check', `(occasion = 'HOLIDAY') = (holiday IS NOT NULL)`)
@Check('campaign_period_check', `ends_on >= starts_on`)
@Check('campaign_year_check', `year BETWEEN 1949 AND 9999`)
@Check('campaign_money_check', `planned_total_fen >= 0 AND committed_fen >= 0 AND paid_fen >= 0`)
@Index('campaign_year_idx', ['year', 'status'])
@Index('campaign_period_idx', ['status', 'startsOn', 'endsOn'])
@Index('campaign_budget_idx', ['budgetId'])
@Index('campaign_branch_idx', ['branchId'])
@Index('campaign_bureau_idx', ['bureauId'])
export class CampaignEntity {
  /** The county bureau it belongs to. */
  @Column('int', { name: 'bureau_id' })
  bureauId!: number;

  @ManyToOne(() => BureauEntity)
  @JoinColumn({ name: 'bureau_id', foreignKeyConstraintName: 'campaign_bureau_id_fkey' })
  bureau?: Relation<BureauEntity>;

  @PrimaryGeneratedColumn()
  id!: number;

  @Column('varchar', { length: 100 })
  name!: string;

  @Column('varchar', { length: 20 })
  occasion!: string;

  @Column('varchar', { length: 20, nullable: true })
  holiday!: string | null;

  @Column('int')
  year!: number;

  @Column('date', { name: 'starts_on' })
  startsOn!: string;

  @Column('date', { name: 'ends_on' })
  endsOn!: string;

  @Column('int', { name: 'branch_id', nullable: true })
  branchId!: number | null;

  @ManyToOne(() => BranchEntity)
  @JoinColumn({ name: 'branch_id', foreignKeyConstraintName: 'campaign_branch_id_fkey' })
  branch?: Relation<BranchEntity>;

  @Column('int', { name: 'budget_id' })
  budgetId!: number;

  @ManyToOne(() => BudgetEntity)
  @JoinColumn({ name: 'budget_id', foreignKeyConstraintName: 'campaign_budget_id_fkey' })
  budget?: Relation<BudgetEntity>;

  /** The standard: [{ retirementType, minAge, tag, gift, amountFen }], first match wins. */
  @Column('jsonb', { default: () => `'[]'` })
  rules!: unknown[];

  @Column('varchar', { length: 10, default: 'DRAFT' })
  status!: string;

  /** Frozen at approval; while DRAFT the API computes it live. */
  @Column('int', { name: 'planned_member_count', default: 0 })
  plannedMemberCount!: number;

  /** Frozen at approval; while DRAFT the API computes it live. */
  @Column('bigint', { name: 'planned_total_fen', default: 0 })
  plannedTotalFen!: number;

  /** What the campaign holds on its line: the plan once approved, plus rows paid above it. */
  @Column('bigint', { name: 'committed_fen', default: 0 })
  committedFen!: number;

  @Column('bigint', { name: 'paid_fen', default: 0 })
  paidFen!: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  /** Who, as the audit trail names them. */
  @Column('varchar', { name: 'created_by', length: 100 })
  createdBy!: string;

  @Column('int', { name: 'created_by_user_id', nullable: true })
  createdByUserId!: number | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({
    name: 'created_by_user_id',
    foreignKeyConstraintName: 'campaign_created_by_user_id_fkey',
  })
  createdByUser?: Relation<UserEntity>;

  @Column('int', { name: 'created_by_token_id', nullable: true })
  createdByTokenId!: number | null;

  @ManyToOne(() => ApiTokenEntity)
  @JoinColumn({
    name: 'created_by_token_id',
    foreignKeyConstraintName: 'campaign_created_by_token_id_fkey',
  })
  createdByToken?: Relation<ApiTokenEntity>;

  @Column('timestamptz', { name: 'approved_at', nullable: true })
  approvedAt!: Date | null;

  /** Who, as the audit trail names them. */
  @Column('varchar', { name: 'approved_by', length: 100, nullable: true })
  approvedBy!: string | null;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  /** Who, as the audit trail names them. */
  @Column('varchar', { name: 'closed_by', length: 100, nullable: true })
  closedBy!: string | null;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
