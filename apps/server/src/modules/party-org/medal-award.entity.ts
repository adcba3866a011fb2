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
import { MemberEntity } from '../member/member.entity';

/** A commemorative medal (纪念章) issued to a member: once per member and medal. */
@Entity('medal_award')
@Check('medal_award_medal_check', `medal IN ('PARTY_50_YEARS', 'PRC_70TH_ANNIVERSARY')`)
@Unique('medal_award_member_key', ['memberId', 'medal'])
@Index('medal_award_issued_idx', ['medal', 'issuedOn'])
export class MedalAwardEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'member_id' })
  memberId!: number;

  @ManyToOne(() => MemberEntity)
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'medal_award_member_id_fkey' })
  member?: Relation<MemberEntity>;

  @Column('varchar', { length: 30 })
  medal!: string;

  @Column('date', { name: 'issued_on' })
  issuedOn!: string;

  @Column('varchar', { length: 200, nullable: true })
  ceremony!: string | null;

  @Column('varchar', { name: 'issued_by', length: 100 })
  issuedBy!: string;
}
