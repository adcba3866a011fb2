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
import { DisbursementEntity } from '../funding/disbursement.entity';
import { MemberEntity } from '../member/member.entity';
import { VisitTaskEntity } from '../visit/visit-task.entity';
import { VisitEntity } from '../visit/visit.entity';
import { CampaignEntity } from './campaign.entity';
import { WorkGroupEntity } from './work-group.entity';

/**
 * A member on a campaign's list: the group, what the standard gives, and whether it is done.
 * Few indexes: an assignment writes thousands of rows at once, and the lists filter by campaign.
 */
@Entity('campaign_entry')
@Check('campaign_entry_status_check', `status IN ('PENDING', 'VISITED')`)
@Check('campaign_entry_amount_fen_check', `amount_fen >= 0`)
@Check('campaign_entry_visited_check', `(status = 'VISITED') = (visit_id IS NOT NULL)`)
@Unique('campaign_entry_member_key', ['campaignId', 'memberId'])
@Index('campaign_entry_group_idx', ['campaignId', 'workGroupId', 'status'])
export class CampaignEntryEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'campaign_id' })
  campaignId!: number;

  @ManyToOne(() => CampaignEntity)
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'campaign_entry_campaign_id_fkey' })
  campaign?: Relation<CampaignEntity>;

  @Column('int', { name: 'work_group_id', nullable: true })
  workGroupId!: number | null;

  @ManyToOne(() => WorkGroupEntity)
  @JoinColumn({
    name: 'work_group_id',
    foreignKeyConstraintName: 'campaign_entry_work_group_id_fkey',
  })
  workGroup?: Relation<WorkGroupEntity>;

  @Column('int', { name: 'member_id' })
  memberId!: number;

  @ManyToOne(() => MemberEntity)
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'campaign_entry_member_id_fkey' })
  member?: Relation<MemberEntity>;

  @Column('int', { name: 'task_id', nullable: true })
  taskId!: number | null;

  @ManyToOne(() => VisitTaskEntity)
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'campaign_entry_task_id_fkey' })
  task?: Relation<VisitTaskEntity>;

  @Column('varchar', { length: 200, nullable: true })
  gift!: string | null;

  @Column('bigint', { name: 'amount_fen', default: 0 })
  amountFen!: number;

  @Column('varchar', { length: 10, default: 'PENDING' })
  status!: string;

  @Column('int', { name: 'visit_id', nullable: true })
  visitId!: number | null;

  @ManyToOne(() => VisitEntity)
  @JoinColumn({ name: 'visit_id', foreignKeyConstraintName: 'campaign_entry_visit_id_fkey' })
  visit?: Relation<VisitEntity>;

  @Column('int', { name: 'disbursement_id', nullable: true })
  disbursementId!: number | null;

  @ManyToOne(() => DisbursementEntity)
  @JoinColumn({
    name: 'disbursement_id',
    foreignKeyConstraintName: 'campaign_entry_disbursement_id_fkey',
  })
  disbursement?: Relation<DisbursementEntity>;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
