import {
  Check,
  Column,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ActivityEntity } from '../activity/activity.entity';
import { CourseEntity } from './course.entity';
import { RoomEntity } from './room.entity';

/**
 * A room booked for a time range: for an activity, a course's session, or a plain purpose.
 * PostgreSQL refuses two bookings of one room that overlap (`room_booking_no_overlap`, ranges
 * half-open, so one may start when the other ends); a cancelled booking holds nothing.
 */
@Entity('room_booking')
@Check('room_booking_status_check', `status IN ('BOOKED', 'CANCELLED')`)
@Check('room_booking_check', `ends_at > starts_at`)
@Check('room_booking_for_check', `activity_id IS NULL OR course_id IS NULL`)
@Check('room_booking_cancelled_check', `(status = 'CANCELLED') = (cancelled_at IS NOT NULL)`)
@Exclusion(
  'room_booking_no_overlap',
  `USING gist (room_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) WHERE (status = 'BOOKED')`,
)
@Index('room_booking_starts_idx', ['startsAt', 'roomId'])
@Index('room_booking_course_idx', ['courseId', 'startsAt'])
@Index('room_booking_activity_idx', ['activityId'])
export class RoomBookingEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'room_id' })
  roomId!: number;

  @ManyToOne(() => RoomEntity)
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'room_booking_room_id_fkey' })
  room?: Relation<RoomEntity>;

  @Column('timestamptz', { name: 'starts_at' })
  startsAt!: Date;

  @Column('timestamptz', { name: 'ends_at' })
  endsAt!: Date;

  /** What it is for: the activity's title or the course's name when it is for one of them. */
  @Column('varchar', { length: 200 })
  purpose!: string;

  @Column('int', { name: 'activity_id', nullable: true })
  activityId!: number | null;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'room_booking_activity_id_fkey' })
  activity?: Relation<ActivityEntity>;

  @Column('int', { name: 'course_id', nullable: true })
  courseId!: number | null;

  @ManyToOne(() => CourseEntity)
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'room_booking_course_id_fkey' })
  course?: Relation<CourseEntity>;

  @Column('varchar', { length: 10, default: 'BOOKED' })
  status!: string;

  @Column('varchar', { name: 'booked_by', length: 100 })
  bookedBy!: string;

  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt!: Date | null;

  @Column('varchar', { name: 'cancelled_by', length: 100, nullable: true })
  cancelledBy!: string | null;

  @Column('varchar', { name: 'cancel_reason', length: 200, nullable: true })
  cancelReason!: string | null;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
