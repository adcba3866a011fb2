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

/** A hospital stay, dispute or disaster reported of a member; each owes a visit. */
@Entity('life_event')
@Check('life_event_kind_check', `kind IN ('HOSPITALIZED', 'DISPUTE', 'DISASTER')`)
@Check(
  'life_event_check',
  `discharged_on IS NULL OR admitted_on IS NULL OR discharged_on >= admitted_on`,
)
@Index('life_event_member_idx', ['memberId', 'occurredOn'])
export class LifeEventEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'member_id' })
  memberId!: number;

  @ManyToOne(() => MemberEntity)
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'life_event_member_id_fkey' })
  member?: Relation<MemberEntity>;

  @Column('varchar', { length: 20 })
  kind!: string;

  @Column('date', { name: 'occurred_on' })
  occurredOn!: string;

  @Column('date', { name: 'reported_on' })
  reportedOn!: string;

  @Column('varchar', { length: 200, nullable: true })
  place!: string | null;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('date', { name: 'admitted_on', nullable: true })
  admittedOn!: string | null;

  @Column('date', { name: 'discharged_on', nullable: true })
  dischargedOn!: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
