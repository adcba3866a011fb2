import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { BranchEntity } from '../branch/branch.entity';

/**
 * One election (换届) of a branch's committee: elected on a day for a number of years, so the
 * term ends on elected_on + term_years. A new election is a new row; the old ones stay as the
 * branch's history, and the latest is the committee in office.
 */
@Entity('committee_term')
@Check('committee_term_years_check', `term_years BETWEEN 1 AND 10`)
@Unique('committee_term_branch_key', ['branchId', 'electedOn'])
export class CommitteeTermEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'branch_id' })
  branchId!: number;

  @ManyToOne(() => BranchEntity)
  @JoinColumn({ name: 'branch_id', foreignKeyConstraintName: 'committee_term_branch_id_fkey' })
  branch?: Relation<BranchEntity>;

  @Column('date', { name: 'elected_on' })
  electedOn!: string;

  @Column('smallint', { name: 'term_years', default: 3 })
  termYears!: number;

  @Column('varchar', { length: 500, nullable: true })
  remarks!: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
