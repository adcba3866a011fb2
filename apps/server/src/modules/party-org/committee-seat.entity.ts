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
import { CommitteeTermEntity } from './committee-term.entity';

/** A seat of an elected committee: a member of the roster or a named person outside it. */
@Entity('committee_seat')
@Check(
  'committee_seat_position_check',
  `position IN ('SECRETARY', 'DEPUTY_SECRETARY', 'ORGANISATION', 'PROPAGANDA', 'DISCIPLINE')`,
)
@Check('committee_seat_person_check', `(member_id IS NULL) <> (name IS NULL)`)
@Index('committee_seat_term_idx', ['termId', 'id'])
@Index('committee_seat_member_idx', ['memberId'])
export class CommitteeSeatEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'term_id' })
  termId!: number;

  @ManyToOne(() => CommitteeTermEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'term_id', foreignKeyConstraintName: 'committee_seat_term_id_fkey' })
  term?: Relation<CommitteeTermEntity>;

  @Column('varchar', { length: 30 })
  position!: string;

  @Column('int', { name: 'member_id', nullable: true })
  memberId!: number | null;

  @ManyToOne(() => MemberEntity)
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'committee_seat_member_id_fkey' })
  member?: Relation<MemberEntity>;

  @Column('varchar', { length: 50, nullable: true })
  name!: string | null;
}
