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
import { ActivityEntity } from '../activity/activity.entity';
import { ApiTokenEntity } from '../api-token/api-token.entity';
import { MemberEntity } from '../member/member.entity';
import { UserEntity } from '../user/user.entity';

/**
 * A member's sign-up for an activity: SIGNED_UP (a place), WAITING (in the order of `id`: who
 * signed up first moves up first when a place frees) or CANCELLED (kept; the member may sign up
 * again). Signed up by a user (a secretary) or an API token (an integration).
 */
@Entity('activity_signup')
@Check('activity_signup_status_check', `status IN ('SIGNED_UP', 'WAITING', 'CANCELLED')`)
@Check('activity_signup_by_check', `signed_up_by_user_id IS NULL OR signed_up_by_token_id IS NULL`)
@Check('activity_signup_cancelled_check', `(status = 'CANCELLED') = (cancelled_at IS NOT NULL)`)
@Index('activity_signup_member_key', ['activityId', 'memberId'], {
  unique: true,
  where: `status <> 'CANCELLED'`,
})
@Index('activity_signup_activity_idx', ['activityId', 'status', 'id'])
@Index('activity_signup_member_idx', ['memberId'])
export class ActivitySignupEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'activity_id' })
  activityId!: number;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'activity_signup_activity_id_fkey' })
  activity?: Relation<ActivityEntity>;

  @Column('int', { name: 'member_id' })
  memberId!: number;

  @ManyToOne(() => MemberEntity)
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'activity_signup_member_id_fkey' })
  member?: Relation<MemberEntity>;

  @Column('varchar', { length: 10 })
  status!: string;

  @Column('timestamptz', { name: 'signed_up_at' })
  signedUpAt!: Date;

  /** Who, as the audit trail names them. */
  @Column('varchar', { name: 'signed_up_by', length: 100 })
  signedUpBy!: string;

  @Column('int', { name: 'signed_up_by_user_id', nullable: true })
  signedUpByUserId!: number | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({
    name: 'signed_up_by_user_id',
    foreignKeyConstraintName: 'activity_signup_signed_up_by_user_id_fkey',
  })
  signedUpByUser?: Relation<UserEntity>;

  @Column('int', { name: 'signed_up_by_token_id', nullable: true })
  signedUpByTokenId!: number | null;

  @ManyToOne(() => ApiTokenEntity)
  @JoinColumn({
    name: 'signed_up_by_token_id',
    foreignKeyConstraintName: 'activity_signup_signed_up_by_token_id_fkey',
  })
  signedUpByToken?: Relation<ApiTokenEntity>;

  /** When a waiting member moved up to a place. */
  @Column('timestamptz', { name: 'promoted_at', nullable: true })
  promotedAt!: Date | null;

  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt!: Date | null;

  @Column('varchar', { name: 'cancelled_by', length: 100, nullable: true })
  cancelledBy!: string | null;
}
