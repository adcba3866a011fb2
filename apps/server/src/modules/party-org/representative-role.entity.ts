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

/** A member's seat as 党代表, 人大代表 or 政协委员, at a level, for a term (to: open while serving). */
@Entity('representative_role')
@Check('representative_role_kind_check', `kind IN ('PARTY_CONGRESS', 'PEOPLES_CONGRESS', 'CPPCC')`)
@Check(
  'representative_role_level_check',
  `level IN ('NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY', 'TOWNSHIP')`,
)
@Check('representative_role_check', `term_to IS NULL OR term_to >= term_from`)
@Index('representative_role_member_idx', ['memberId'])
export class RepresentativeRoleEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'member_id' })
  memberId!: number;

  @ManyToOne(() => MemberEntity)
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'representative_role_member_id_fkey' })
  member?: Relation<MemberEntity>;

  @Column('varchar', { length: 30 })
  kind!: string;

  @Column('varchar', { length: 20 })
  level!: string;

  @Column('date', { name: 'term_from' })
  termFrom!: string;

  @Column('date', { name: 'term_to', nullable: true })
  termTo!: string | null;
}
