import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { BranchEntity } from '../branch/branch.entity';

/** A branch's yearly rating (好 / 较好 / 一般 / 差) from its 述职评议: one per branch and year. */
@Entity('branch_assessment')
@Check('branch_assessment_year_check', `year BETWEEN 1949 AND 2200`)
@Check('branch_assessment_rating_check', `rating IN ('GOOD', 'FAIRLY_GOOD', 'AVERAGE', 'POOR')`)
@Unique('branch_assessment_branch_key', ['branchId', 'year'])
@Index('branch_assessment_year_idx', ['year'])
export class BranchAssessmentEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'branch_id' })
  branchId!: number;

  @ManyToOne(() => BranchEntity)
  @JoinColumn({ name: 'branch_id', foreignKeyConstraintName: 'branch_assessment_branch_id_fkey' })
  branch?: Relation<BranchEntity>;

  @Column('int')
  year!: number;

  @Column('varchar', { length: 20 })
  rating!: string;

  @Column('date', { name: 'reviewed_on', nullable: true })
  reviewedOn!: string | null;

  @Column('varchar', { length: 500, nullable: true })
  remarks!: string | null;

  @Column('int', { default: 1 })
  version!: number;
}
