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
import { MemberEntity } from '../member/member.entity';
import { CourseEntity } from './course.entity';

/**
 * A member's place in a course: ENROLLED, WAITING (in the order of `id`: who asked first moves
 * up first when a place frees) or WITHDRAWN (kept for the history; the member may enrol again).
 */
@Entity('course_enrolment')
@Check('course_enrolment_status_check', `status IN ('ENROLLED', 'WAITING', 'WITHDRAWN')`)
@Check('course_enrolment_withdrawn_check', `(status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL)`)
@Index('course_enrolment_member_key', ['courseId', 'memberId'], {
  unique: true,
  where: `status <> 'WITHDRAWN'`,
})
@Index('course_enrolment_course_idx', ['courseId', 'status', 'id'])
@Index('course_enrolment_member_idx', ['memberId'])
export class CourseEnrolmentEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'course_id' })
  courseId!: number;

  @ManyToOne(() => CourseEntity)
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'course_enrolment_course_id_fkey' })
  course?: Relation<CourseEntity>;

  @Column('int', { name: 'member_id' })
  memberId!: number;

  @ManyToOne(() => MemberEntity)
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'course_enrolment_member_id_fkey' })
  member?: Relation<MemberEntity>;

  @Column('varchar', { length: 10 })
  status!: string;

  @Column('varchar', { name: 'enrolled_by', length: 100 })
  enrolledBy!: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  /** When a waiting member moved up to a place. */
  @Column('timestamptz', { name: 'promoted_at', nullable: true })
  promotedAt!: Date | null;

  @Column('timestamptz', { name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;
}
