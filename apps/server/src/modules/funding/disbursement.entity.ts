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
import { ApiTokenEntity } from '../api-token/api-token.entity';
import { BranchEntity } from '../branch/branch.entity';
import { MemberEntity } from '../member/member.entity';
import { UserEntity } from '../user/user.entity';
import { VisitEntity } from '../visit/visit.entity';
import { BudgetEntity } from './budget.entity';

/**
 * A payment from a budget line, in fen, through its steps: created, approved, paid (or voided),
 * each with when and by whom (an account or an API token).
 */
@Entity('disbursement')
@Check('disbursement_amount_fen_check', `amount_fen > 0`)
@Check('disbursement_payee_kind_check', `payee_kind IN ('MEMBER', 'BRANCH', 'OTHER')`)
@Check('disbursement_status_check', `status IN ('DRAFT', 'APPROVED', 'PAID', 'VOID')`)
@Check('disbursement_check', `payee_kind <> 'MEMBER' OR member_id IS NOT NULL`)
@Check('disbursement_check1', `payee_kind <> 'BRANCH' OR branch_id IS NOT NULL`)
@Check('disbursement_check2', `status <> 'VOID' OR void_reason IS NOT NULL`)
@Index('disbursement_budget_idx', ['budgetId', 'disbursedOn'])
@Index('disbursement_date_idx', ['disbursedOn', 'id'])
@Index('disbursement_member_idx', ['memberId', 'disbursedOn'])
@Index('disbursement_branch_idx', ['branchId', 'disbursedOn'])
@Index('disbursement_status_idx', ['status', 'disbursedOn'])
@Index('disbursement_visit_idx', ['visitId'])
export class DisbursementEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'budget_id' })
  budgetId!: number;

  @ManyToOne(() => BudgetEntity)
  @JoinColumn({ name: 'budget_id', foreignKeyConstraintName: 'disbursement_budget_id_fkey' })
  budget?: Relation<BudgetEntity>;

  @Column('bigint', { name: 'amount_fen' })
  amountFen!: number;

  @Column('varchar', { length: 200 })
  purpose!: string;

  @Column('varchar', { name: 'payee_kind', length: 10 })
  payeeKind!: string;

  @Column('varchar', { name: 'payee_name', length: 100 })
  payeeName!: string;

  @Column('int', { name: 'member_id', nullable: true })
  memberId!: number | null;

  @ManyToOne(() => MemberEntity)
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'disbursement_member_id_fkey' })
  member?: Relation<MemberEntity>;

  @Column('int', { name: 'branch_id', nullable: true })
  branchId!: number | null;

  @ManyToOne(() => BranchEntity)
  @JoinColumn({ name: 'branch_id', foreignKeyConstraintName: 'disbursement_branch_id_fkey' })
  branch?: Relation<BranchEntity>;

  @Column('int', { name: 'visit_id', nullable: true })
  visitId!: number | null;

  @ManyToOne(() => VisitEntity)
  @JoinColumn({ name: 'visit_id', foreignKeyConstraintName: 'disbursement_visit_id_fkey' })
  visit?: Relation<VisitEntity>;

  @Column('date', { name: 'disbursed_on' })
  disbursedOn!: string;

  @Column('varchar', { length: 10, default: 'DRAFT' })
  status!: string;

  @Column('text', { name: 'void_reason', nullable: true })
  voidReason!: string | null;

  @Column('text', { nullable: true })
  note!: string | null;

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
    foreignKeyConstraintName: 'disbursement_created_by_user_id_fkey',
  })
  createdByUser?: Relation<UserEntity>;

  @Column('int', { name: 'created_by_token_id', nullable: true })
  createdByTokenId!: number | null;

  @ManyToOne(() => ApiTokenEntity)
  @JoinColumn({
    name: 'created_by_token_id',
    foreignKeyConstraintName: 'disbursement_created_by_token_id_fkey',
  })
  createdByToken?: Relation<ApiTokenEntity>;

  @Column('timestamptz', { name: 'approved_at', nullable: true })
  approvedAt!: Date | null;

  /** Who, as the audit trail names them. */
  @Column('varchar', { name: 'approved_by', length: 100, nullable: true })
  approvedBy!: string | null;

  @Column('int', { name: 'approved_by_user_id', nullable: true })
  approvedByUserId!: number | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({
    name: 'approved_by_user_id',
    foreignKeyConstraintName: 'disbursement_approved_by_user_id_fkey',
  })
  approvedByUser?: Relation<UserEntity>;

  @Column('int', { name: 'approved_by_token_id', nullable: true })
  approvedByTokenId!: number | null;

  @ManyToOne(() => ApiTokenEntity)
  @JoinColumn({
    name: 'approved_by_token_id',
    foreignKeyConstraintName: 'disbursement_approved_by_token_id_fkey',
  })
  approvedByToken?: Relation<ApiTokenEntity>;

  @Column('timestamptz', { name: 'paid_at', nullable: true })
  paidAt!: Date | null;

  /** Who, as the audit trail names them. */
  @Column('varchar', { name: 'paid_by', length: 100, nullable: true })
  paidBy!: string | null;

  @Column('int', { name: 'paid_by_user_id', nullable: true })
  paidByUserId!: number | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({
    name: 'paid_by_user_id',
    foreignKeyConstraintName: 'disbursement_paid_by_user_id_fkey',
  })
  paidByUser?: Relation<UserEntity>;

  @Column('int', { name: 'paid_by_token_id', nullable: true })
  paidByTokenId!: number | null;

  @ManyToOne(() => ApiTokenEntity)
  @JoinColumn({
    name: 'paid_by_token_id',
    foreignKeyConstraintName: 'disbursement_paid_by_token_id_fkey',
  })
  paidByToken?: Relation<ApiTokenEntity>;

  @Column('timestamptz', { name: 'voided_at', nullable: true })
  voidedAt!: Date | null;

  /** Who, as the audit trail names them. */
  @Column('varchar', { name: 'voided_by', length: 100, nullable: true })
  voidedBy!: string | null;

  @Column('int', { name: 'voided_by_user_id', nullable: true })
  voidedByUserId!: number | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({
    name: 'voided_by_user_id',
    foreignKeyConstraintName: 'disbursement_voided_by_user_id_fkey',
  })
  voidedByUser?: Relation<UserEntity>;

  @Column('int', { name: 'voided_by_token_id', nullable: true })
  voidedByTokenId!: number | null;

  @ManyToOne(() => ApiTokenEntity)
  @JoinColumn({
    name: 'voided_by_token_id',
    foreignKeyConstraintName: 'disbursement_voided_by_token_id_fkey',
  })
  voidedByToken?: Relation<ApiTokenEntity>;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
