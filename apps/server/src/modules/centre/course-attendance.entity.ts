import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { MemberEntity } from '../member/member.entity';
import { RoomBookingEntity } from './room-booking.entity';

/** Whether an enrolled member came to one session of a course (a booking of the course). */
@Entity('course_attendance')
export class CourseAttendanceEntity {
  @PrimaryColumn('int', { name: 'booking_id' })
  bookingId!: number;

  @ManyToOne(() => RoomBookingEntity)
  @JoinColumn({ name: 'booking_id', foreignKeyConstraintName: 'course_attendance_booking_id_fkey' })
  booking?: Relation<RoomBookingEntity>;

  @PrimaryColumn('int', { name: 'member_id' })
  memberId!: number;

  @ManyToOne(() => MemberEntity)
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'course_attendance_member_id_fkey' })
  member?: Relation<MemberEntity>;

  @Column('boolean')
  present!: boolean;
}
