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
import { ActivityEntity } from './activity.entity';

/** A member of the roster at an activity, with their attendance. */
@Entity('activity_participant')
@Check('activity_participant_attendance_check', `attendance IN ('PRESENT', 'ABSENT', 'EXCUSED')`)
@Check('activity_participant_reason_check', `attendance <> 'ABSENT' OR absence_reason IS NOT NULL`)
@Index('activity_participant_member_idx', ['memberId'])
// (activity_id) INCLUDE (attendance), which TypeORM cannot declare: compared by name.
@Index('activity_participant_attendance_idx', { synchronize: false })
export class ActivityParticipantEntity {
  @PrimaryColumn('int', { name: 'activity_id' })
  activityId!: number;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'activity_id',
    foreignKeyConstraintName: 'activity_participant_activity_id_fkey',
  })
  activity?: Relation<ActivityEntity>;

  @PrimaryColumn('int', { name: 'member_id' })
  memberId!: number;

  @ManyToOne(() => MemberEntity)
  @JoinColumn({
    name: 'member_id',
    foreignKeyConstraintName: 'activity_participant_member_id_fkey',
  })
  member?: Relation<MemberEntity>;

  @Column('varchar', { length: 10 })
  attendance!: string;

  @Column('varchar', { name: 'absence_reason', length: 200, nullable: true })
  absenceReason!: string | null;
}
