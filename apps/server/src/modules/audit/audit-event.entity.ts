import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ApiTokenEntity } from '../api-token/api-token.entity';
import { BureauEntity } from '../bureau/bureau.entity';
import { UserEntity } from '../user/user.entity';

/**
 * One entry of the audit trail. The table is append-only: a trigger refuses UPDATE, DELETE and
 * TRUNCATE (triggers are outside what an entity declares; the migration keeps it).
 */
@Entity('audit_event')
@Index('audit_event_time_idx', ['occurredAt', 'id'])
@Index('audit_event_record_idx', ['recordId', 'occurredAt'])
@Index('audit_event_user_idx', ['actorUserId', 'occurredAt'])
@Index('audit_event_token_idx', ['actorTokenId', 'occurredAt'])
@Index('audit_event_operation_idx', ['operation', 'occurredAt'])
@Index('audit_event_bureau_idx', ['bureauId', 'occurredAt', 'id'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: number;

  @Column('timestamptz', { name: 'occurred_at', default: () => 'now()' })
  occurredAt!: Date;

  @Column('int', { name: 'actor_user_id', nullable: true })
  actorUserId!: number | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'actor_user_id', foreignKeyConstraintName: 'audit_event_actor_user_id_fkey' })
  actorUser?: Relation<UserEntity>;

  @Column('int', { name: 'actor_token_id', nullable: true })
  actorTokenId!: number | null;

  @ManyToOne(() => ApiTokenEntity)
  @JoinColumn({
    name: 'actor_token_id',
    foreignKeyConstraintName: 'audit_event_actor_token_id_fkey',
  })
  actorToken?: Relation<ApiTokenEntity>;

  @Column('varchar', { name: 'actor_label', length: 100 })
  actorLabel!: string;

  @Column('varchar', { name: 'request_id', length: 64, nullable: true })
  requestId!: string | null;

  @Column('varchar', { length: 60 })
  operation!: string;

  @Column('varchar', { name: 'record_type', length: 30, nullable: true })
  recordType!: string | null;

  @Column('varchar', { name: 'record_id', length: 100, nullable: true })
  recordId!: string | null;

  @Column('jsonb', { default: () => `'{}'` })
  changes!: object;

  /** The bureau of what it is about (the record's county, else the actor's); null: the province. */
  @Column('int', { name: 'bureau_id', nullable: true })
  bureauId!: number | null;

  @ManyToOne(() => BureauEntity)
  @JoinColumn({ name: 'bureau_id', foreignKeyConstraintName: 'audit_event_bureau_id_fkey' })
  bureau?: Relation<BureauEntity>;
}
