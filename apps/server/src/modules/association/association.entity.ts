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
import { BureauEntity } from '../bureau/bureau.entity';
import { MemberEntity } from '../member/member.entity';

/** An association of retirees (老年社会团体): a choir, a poetry society, a gateball club … */
@Entity('association')
@Unique('association_name_key', ['bureauId', 'name'])
@Check('association_name_check', `btrim(name) <> ''`)
export class AssociationEntity {
  /** The county bureau it belongs to. */
  @Column('int', { name: 'bureau_id' })
  bureauId!: number;

  @ManyToOne(() => BureauEntity)
  @JoinColumn({ name: 'bureau_id', foreignKeyConstraintName: 'association_bureau_id_fkey' })
  bureau?: Relation<BureauEntity>;

  @PrimaryGeneratedColumn()
  id!: number;

  @Column('varchar', { length: 100 })
  name!: string;

  @Column('date', { name: 'founded_on', nullable: true })
  foundedOn!: string | null;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}

/** A member of the roster in an association, with a role (its leaders hold the first three). */
@Entity('association_member')
@Check(
  'association_member_role_check',
  `role IN ('PRESIDENT', 'VICE_PRESIDENT', 'SECRETARY_GENERAL', 'MEMBER')`,
)
@Check('association_member_check', `left_on IS NULL OR left_on >= joined_on`)
@Index('association_member_current_key', ['associationId', 'memberId'], {
  unique: true,
  where: 'left_on IS NULL',
})
@Index('association_member_member_idx', ['memberId', 'associationId'])
export class AssociationMemberEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'association_id' })
  associationId!: number;

  @ManyToOne(() => AssociationEntity)
  @JoinColumn({
    name: 'association_id',
    foreignKeyConstraintName: 'association_member_association_id_fkey',
  })
  association?: Relation<AssociationEntity>;

  @Column('int', { name: 'member_id' })
  memberId!: number;

  @ManyToOne(() => MemberEntity)
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'association_member_member_id_fkey' })
  member?: Relation<MemberEntity>;

  @Column('varchar', { length: 20 })
  role!: string;

  @Column('date', { name: 'joined_on' })
  joinedOn!: string;

  @Column('date', { name: 'left_on', nullable: true })
  leftOn!: string | null;
}
