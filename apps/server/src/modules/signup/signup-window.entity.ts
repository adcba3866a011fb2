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
import { ActivityEntity } from '../activity/activity.entity';
import { CourseEntity } from '../centre/course.entity';

/**
 * The window an activity or a course is open for sign-up in (网络报名): from `opens_at` until
 * the deadline `closes_at`, or until closed early. An activity's window holds its capacity; a
 * course's places are the course's own capacity, its sign-ups its enrolments.
 */
@Entity('signup_window')
@Check('signup_window_for_check', `(activity_id IS NULL) <> (course_id IS NULL)`)
@Check(
  'signup_window_capacity_check',
  `CASE WHEN activity_id IS NULL THEN capacity IS NULL ELSE capacity > 0 END`,
)
@Check('signup_window_check', `closes_at > opens_at`)
@Check('signup_window_closed_check', `(closed_at IS NULL) = (closed_by IS NULL)`)
@Unique('signup_window_activity_id_key', ['activityId'])
@Unique('signup_window_course_id_key', ['courseId'])
@Index('signup_window_closes_idx', ['closesAt', 'id'])
export class SignupWindowEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'activity_id', nullable: true })
  activityId!: number | null;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'signup_window_activity_id_fkey' })
  activity?: Relation<ActivityEntity>;

  @Column('int', { name: 'course_id', nullable: true })
  courseId!: number | null;

  @ManyToOne(() => CourseEntity)
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'signup_window_course_id_fkey' })
  course?: Relation<CourseEntity>;

  /** An activity's places; sign-ups beyond it wait. Null for a course (the course's own). */
  @Column('int', { nullable: true })
  capacity!: number | null;

  @Column('timestamptz', { name: 'opens_at' })
  opensAt!: Date;

  /** The deadline: sign-ups from this instant on are refused. */
  @Column('timestamptz', { name: 'closes_at' })
  closesAt!: Date;

  /** Who, as the audit trail names them. */
  @Column('varchar', { name: 'opened_by', length: 100 })
  openedBy!: string;

  /** Closed before its deadline. */
  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @Column('varchar', { name: 'closed_by', length: 100, nullable: true })
  closedBy!: string | null;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
