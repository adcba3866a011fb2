import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { BureauEntity } from '../bureau/bureau.entity';
import { MemberEntity } from '../member/member.entity';

/** A 五老工作室 (studio of the five elders): an organisation members serve in. */
@Entity('elders_studio')
@Unique('elders_studio_name_key', ['bureauId', 'name'])
@Check('elders_studio_name_check', `btrim(name) <> ''`)
export class EldersStudioEntity {
  /** The county bureau it belongs to. */
  @Column('int', { name: 'bureau_id' })
  bureauId!: number;

  @ManyToOne(() => BureauEntity)
  @JoinColumn({ name: 'bureau_id', foreignKeyConstraintName: 'elders_studio_bureau_id_fkey' })
  bureau?: Relation<BureauEntity>;

  @PrimaryGeneratedColumn()
  id!: number;

  @Column('varchar', { length: 100 })
  name!: string;

  @Column('varchar', { length: 50, nullable: true })
  township!: string | null;

  @Column('date', { name: 'founded_on', nullable: true })
  foundedOn!: string | null;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}

/** The cases a studio handled in a year. */
@Entity('elders_studio_year')
@Check('elders_studio_year_year_check', `year BETWEEN 1949 AND 9999`)
@Check('elders_studio_year_cases_check', `cases >= 0`)
export class EldersStudioYearEntity {
  @PrimaryColumn('int', { name: 'studio_id', primaryKeyConstraintName: 'elders_studio_year_pkey' })
  studioId!: number;

  @ManyToOne(() => EldersStudioEntity)
  @JoinColumn({ name: 'studio_id', foreignKeyConstraintName: 'elders_studio_year_studio_id_fkey' })
  studio?: Relation<EldersStudioEntity>;

  @PrimaryColumn('int', { primaryKeyConstraintName: 'elders_studio_year_pkey' })
  year!: number;

  @Column('int')
  cases!: number;
}

/**
 * A community or advisory role a member holds (社会任职): the kind, the organisation (for a
 * 五老工作室, the studio instead), an optional title and the time held.
 */
@Entity('member_role')
@Check(
  'member_role_kind_check',
  `kind IN ('COMMUNITY_BRANCH_SECRETARY', 'COMMUNITY_BRANCH_COMMITTEE', 'ELDERS_STUDIO', 'NEXT_GENERATION_COMMITTEE', 'PARENT_SCHOOL_TEACHER', 'LECTURER')`,
)
@Check(
  'member_role_organisation_check',
  `(kind = 'ELDERS_STUDIO' AND studio_id IS NOT NULL AND organisation IS NULL) OR (kind <> 'ELDERS_STUDIO' AND studio_id IS NULL AND btrim(organisation) <> '')`,
)
@Check('member_role_check', `ended_on IS NULL OR ended_on >= started_on`)
@Index('member_role_member_idx', ['memberId', 'startedOn'])
@Index('member_role_kind_idx', ['kind', 'startedOn'])
@Index('member_role_studio_idx', ['studioId'])
export class MemberRoleEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'member_id' })
  memberId!: number;

  @ManyToOne(() => MemberEntity)
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'member_role_member_id_fkey' })
  member?: Relation<MemberEntity>;

  @Column('varchar', { length: 30 })
  kind!: string;

  @Column('varchar', { length: 100, nullable: true })
  organisation!: string | null;

  @Column('int', { name: 'studio_id', nullable: true })
  studioId!: number | null;

  @ManyToOne(() => EldersStudioEntity)
  @JoinColumn({ name: 'studio_id', foreignKeyConstraintName: 'member_role_studio_id_fkey' })
  studio?: Relation<EldersStudioEntity>;

  @Column('varchar', { length: 50, nullable: true })
  title!: string | null;

  @Column('date', { name: 'started_on' })
  startedOn!: string;

  @Column('date', { name: 'ended_on', nullable: true })
  endedOn!: string | null;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
