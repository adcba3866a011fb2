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
import { BranchEntity } from '../branch/branch.entity';

/**
 * A budget line of a year, in fen, with the running totals of its disbursements; the CHECKs
 * never let a line be overdrawn, whatever the code does.
 */
@Entity('budget')
@Check('budget_year_check', `year BETWEEN 1949 AND 9999`)
@Check(
  'budget_category_check',
  `category IN ('CENTRE_OPERATIONS', 'ASSISTANCE', 'BRANCH_BUILDING', 'FACILITIES', 'ACTIVITIES', 'OTHER')`,
)
@Check('budget_amount_fen_check', `amount_fen >= 0`)
@Check('budget_not_overdrawn', `committed_fen BETWEEN 0 AND amount_fen`)
@Check('budget_paid_within_committed', `paid_fen BETWEEN 0 AND committed_fen`)
@Index('budget_category_idx', ['category', 'year'])
@Index('budget_branch_idx', ['branchId', 'year'])
@Index('budget_bureau_idx', ['bureauId', 'year'])
// Unique (bureau_id, year, coalesce(branch_id, 0), name): an expression TypeORM cannot declare
// (see db/entities.spec.ts).
@Index('budget_name_key', { synchronize: false })
export class BudgetEntity {
  /** The county bureau it belongs to. */
  @Column('int', { name: 'bureau_id' })
  bureauId!: number;

  @ManyToOne(() => BureauEntity)
  @JoinColumn({ name: 'bureau_id', foreignKeyConstraintName: 'budget_bureau_id_fkey' })
  bureau?: Relation<BureauEntity>;

  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int')
  year!: number;

  @Column('varchar', { length: 30 })
  category!: string;

  @Column('varchar', { length: 100 })
  name!: string;

  @Column('bigint', { name: 'amount_fen' })
  amountFen!: number;

  @Column('bigint', { name: 'committed_fen', default: 0 })
  committedFen!: number;

  @Column('bigint', { name: 'paid_fen', default: 0 })
  paidFen!: number;

  @Column('int', { name: 'branch_id', nullable: true })
  branchId!: number | null;

  @ManyToOne(() => BranchEntity)
  @JoinColumn({ name: 'branch_id', foreignKeyConstraintName: 'budget_branch_id_fkey' })
  branch?: Relation<BranchEntity>;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
