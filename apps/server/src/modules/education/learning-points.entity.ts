import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { MemberEntity } from '../member/member.entity';

/**
 * A member's learning points of one month on the provincial platform (三湘老干部e家), as
 * imported from its export, with the provincial rank the platform gave (kept as imported).
 */
@Entity('learning_points')
@Check('learning_points_month_check', `extract(day FROM month) = 1`)
@Check('learning_points_points_check', `points >= 0`)
@Check('learning_points_rank_check', `province_rank >= 1`)
@Index('learning_points_month_idx', ['month', 'points'])
export class LearningPointsEntity {
  @PrimaryColumn('int', { name: 'member_id' })
  memberId!: number;

  @ManyToOne(() => MemberEntity)
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'learning_points_member_id_fkey' })
  member?: Relation<MemberEntity>;

  /** The first day of the month. */
  @PrimaryColumn('date')
  month!: string;

  @Column('int')
  points!: number;

  @Column('int', { name: 'province_rank', nullable: true })
  provinceRank!: number | null;

  @Column('timestamptz', { name: 'imported_at', default: () => 'now()' })
  importedAt!: Date;
}
