import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { CampaignEntity } from './campaign.entity';

/**
 * A batch of visits recorded under its idempotency key, with its answer: a resend of the key
 * finds it and writes nothing.
 */
@Entity('campaign_batch')
@Unique('campaign_batch_key', ['idempotencyKey'])
@Index('campaign_batch_campaign_idx', ['campaignId'])
export class CampaignBatchEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'campaign_id' })
  campaignId!: number;

  @ManyToOne(() => CampaignEntity)
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'campaign_batch_campaign_id_fkey' })
  campaign?: Relation<CampaignEntity>;

  @Column('varchar', { name: 'idempotency_key', length: 100 })
  idempotencyKey!: string;

  @Column('int', { name: 'entry_ids', array: true })
  entryIds!: number[];

  @Column('int', { name: 'visit_count' })
  visitCount!: number;

  @Column('bigint', { name: 'paid_fen' })
  paidFen!: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  /** Who, as the audit trail names them. */
  @Column('varchar', { name: 'created_by', length: 100 })
  createdBy!: string;
}
