import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { ActivityEntity } from '../activity/activity.entity';
import { BranchEntity } from '../branch/branch.entity';
import { BureauEntity } from '../bureau/bureau.entity';
import { MemberEntity } from '../member/member.entity';

/** A lecture of the 红色讲堂's catalogue (点单式): what a branch may order. */
@Entity('lecture')
@Check('lecture_topic_check', `btrim(topic) <> ''`)
@Check('lecture_lecturer_check', `btrim(lecturer) <> ''`)
@Check('lecture_minutes_check', `minutes BETWEEN 10 AND 600`)
@Check('lecture_format_check', `format IN ('ON_SITE', 'VIDEO')`)
@Index('lecture_bureau_idx', ['bureauId', 'topic'])
export class LectureEntity {
  /** The county bureau whose catalogue it is. */
  @Column('int', { name: 'bureau_id' })
  bureauId!: number;

  @ManyToOne(() => BureauEntity)
  @JoinColumn({ name: 'bureau_id', foreignKeyConstraintName: 'lecture_bureau_id_fkey' })
  bureau?: Relation<BureauEntity>;

  @PrimaryGeneratedColumn()
  id!: number;

  @Column('varchar', { length: 200 })
  topic!: string;

  @Column('varchar', { length: 100 })
  lecturer!: string;

  @Column('int')
  minutes!: number;

  @Column('varchar', { length: 20 })
  format!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('boolean', { default: false })
  archived!: boolean;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}

/**
 * A branch's order of a lecture (点单), scheduled by the bureau (派单: when, where, who), held as
 * an activity of the shared record, or cancelled.
 */
@Entity('lecture_order')
@Check('lecture_order_state_check', `state IN ('ORDERED', 'SCHEDULED', 'HELD', 'CANCELLED')`)
@Check('lecture_order_wished_check', `wished_to >= wished_from`)
@Check(
  'lecture_order_scheduled_check',
  `state NOT IN ('SCHEDULED', 'HELD') OR (starts_at IS NOT NULL AND lecturer IS NOT NULL)`,
)
@Check('lecture_order_held_check', `state = 'HELD' OR activity_id IS NULL`)
@Unique('lecture_order_activity_id_key', ['activityId'])
@Index('lecture_order_branch_idx', ['branchId', 'state'])
@Index('lecture_order_created_idx', ['createdAt', 'id'])
export class LectureOrderEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'lecture_id' })
  lectureId!: number;

  @ManyToOne(() => LectureEntity)
  @JoinColumn({ name: 'lecture_id', foreignKeyConstraintName: 'lecture_order_lecture_id_fkey' })
  lecture?: Relation<LectureEntity>;

  @Column('int', { name: 'branch_id' })
  branchId!: number;

  @ManyToOne(() => BranchEntity)
  @JoinColumn({ name: 'branch_id', foreignKeyConstraintName: 'lecture_order_branch_id_fkey' })
  branch?: Relation<BranchEntity>;

  @Column('date', { name: 'wished_from' })
  wishedFrom!: string;

  @Column('date', { name: 'wished_to' })
  wishedTo!: string;

  @Column('varchar', { length: 500, nullable: true })
  note!: string | null;

  @Column('varchar', { length: 20 })
  state!: string;

  @Column('timestamptz', { name: 'starts_at', nullable: true })
  startsAt!: Date | null;

  @Column('varchar', { length: 200, nullable: true })
  place!: string | null;

  @Column('varchar', { length: 100, nullable: true })
  lecturer!: string | null;

  @Column('int', { name: 'activity_id', nullable: true })
  activityId!: number | null;

  @ManyToOne(() => ActivityEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'lecture_order_activity_id_fkey' })
  activity?: Relation<ActivityEntity>;

  @Column('varchar', { name: 'cancel_reason', length: 200, nullable: true })
  cancelReason!: string | null;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}

/** A participant's rating of a lecture held (1–5). */
@Entity('lecture_rating')
@Check('lecture_rating_score_check', `score BETWEEN 1 AND 5`)
export class LectureRatingEntity {
  @PrimaryColumn('int', { name: 'order_id' })
  orderId!: number;

  @ManyToOne(() => LectureOrderEntity)
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'lecture_rating_order_id_fkey' })
  order?: Relation<LectureOrderEntity>;

  @PrimaryColumn('int', { name: 'member_id' })
  memberId!: number;

  @ManyToOne(() => MemberEntity)
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'lecture_rating_member_id_fkey' })
  member?: Relation<MemberEntity>;

  @Column('int')
  score!: number;
}
