import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { UserEntity } from '../user/user.entity';
import { CampaignEntity } from './campaign.entity';

/**
 * A work group (慰问工作组) of a campaign: who goes, and what they cover (branch subtrees,
 * townships, places elsewhere). A member covered by two groups goes to the one first in order.
 */
@Entity('work_group')
@Index('work_group_campaign_idx', ['campaignId', 'position'])
@Index('work_group_leader_idx', ['leaderUserId'])
@Index('work_group_visitor_users_idx', ['visitorUserIds'], { type: 'gin' })
export class WorkGroupEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'campaign_id' })
  campaignId!: number;

  @ManyToOne(() => CampaignEntity)
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'work_group_campaign_id_fkey' })
  campaign?: Relation<CampaignEntity>;

  @Column('varchar', { length: 100 })
  name!: string;

  @Column('int', { default: 0 })
  position!: number;

  @Column('varchar', { length: 50 })
  leader!: string;

  @Column('int', { name: 'leader_user_id', nullable: true })
  leaderUserId!: number | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({
    name: 'leader_user_id',
    foreignKeyConstraintName: 'work_group_leader_user_id_fkey',
  })
  leaderUser?: Relation<UserEntity>;

  /** Named people without an account. */
  @Column('text', { array: true, default: () => `'{}'` })
  visitors!: string[];

  /** Accounts: the group's list appears on their 我的待办. */
  @Column('int', { name: 'visitor_user_ids', array: true, default: () => `'{}'` })
  visitorUserIds!: number[];

  @Column('int', { name: 'branch_ids', array: true, default: () => `'{}'` })
  branchIds!: number[];

  @Column('text', { array: true, default: () => `'{}'` })
  townships!: string[];

  @Column('text', { array: true, default: () => `'{}'` })
  places!: string[];

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
