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
import { BranchEntity } from '../branch/branch.entity';
import { MemberEntity } from './member.entity';

/** A member's time in a branch; the open one (no `endedOn`) is the current branch. */
@Entity('branch_membership')
@Check('branch_membership_reason_check', `reason IN ('ENROLLED', 'TRANSFERRED')`)
@Check('branch_membership_check', `ended_on IS NULL OR ended_on >= started_on`)
@Index('branch_membership_member_idx', ['memberId', 'startedOn'])
@Index('branch_membership_branch_idx', ['branchId'])
@Index('branch_membership_period_idx', ['startedOn', 'endedOn'])
@Index('branch_membership_open_key', ['memberId'], { unique: true, where: 'ended_on IS NULL' })
export class BranchMembershipEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'member_id' })
  memberId!: number;

  @ManyToOne(() => MemberEntity)
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'branch_membership_member_id_fkey' })
  member?: Relation<MemberEntity>;

  @Column('int', { name: 'branch_id' })
  branchId!: number;

  @ManyToOne(() => BranchEntity)
  @JoinColumn({ name: 'branch_id', foreignKeyConstraintName: 'branch_membership_branch_id_fkey' })
  branch?: Relation<BranchEntity>;

  @Column('date', { name: 'started_on' })
  startedOn!: string;

  @Column('date', { name: 'ended_on', nullable: true })
  endedOn!: string | null;

  @Column('varchar', { length: 20 })
  reason!: string;

  @Column('varchar', { length: 200, nullable: true })
  note!: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
