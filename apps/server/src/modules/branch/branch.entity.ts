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
import { BureauEntity } from '../bureau/bureau.entity';
import type { MemberEntity } from '../member/member.entity';

/** A general branch or a branch: a tree by materialised path (`path`, `depth`). */
@Entity('branch')
@Check('branch_name_check', `btrim(name) <> ''`)
@Check('branch_kind_check', `kind IN ('GENERAL_BRANCH', 'BRANCH')`)
@Check(
  'branch_demonstration_level_check',
  `demonstration_level IN ('PROVINCIAL', 'CITY', 'COUNTY')`,
)
@Check('branch_demonstration_year_check', `demonstration_year BETWEEN 1949 AND 2200`)
@Check('branch_check', `(demonstration_level IS NULL) = (demonstration_year IS NULL)`)
@Index('branch_parent_idx', ['parentId'])
@Index('branch_kind_idx', ['kind', 'namePinyin', 'id'])
@Index('branch_name_idx', ['namePinyin', 'id'])
@Index('branch_created_idx', ['createdAt', 'id'])
@Index('branch_founded_idx', ['foundedOn', 'id'])
@Index('branch_demonstration_idx', ['demonstrationLevel'], {
  where: 'demonstration_level IS NOT NULL',
})
@Index('branch_home_idx', ['hasMembersHome'], { where: 'has_members_home' })
@Index('member_secretary_idx', ['secretaryId'])
// Operator classes and expressions TypeORM cannot declare (see db/entities.spec.ts):
// (path text_pattern_ops), (bureau_id, path text_pattern_ops), gin (search_text gin_trgm_ops),
// unique (bureau_id, coalesce(parent_id, 0), name) WHERE archived_at IS NULL.
@Index('branch_path_idx', { synchronize: false })
@Index('branch_bureau_idx', { synchronize: false })
@Index('branch_search_idx', { synchronize: false })
@Index('branch_sibling_name_key', { synchronize: false })
export class BranchEntity {
  /** The county bureau it belongs to. */
  @Column('int', { name: 'bureau_id' })
  bureauId!: number;

  @ManyToOne(() => BureauEntity)
  @JoinColumn({ name: 'bureau_id', foreignKeyConstraintName: 'branch_bureau_id_fkey' })
  bureau?: Relation<BureauEntity>;

  @PrimaryGeneratedColumn()
  id!: number;

  @Column('varchar', { length: 100 })
  name!: string;

  @Column('text', { name: 'name_pinyin' })
  namePinyin!: string;

  @Column('text', { name: 'search_text' })
  searchText!: string;

  @Column('varchar', { length: 20 })
  kind!: string;

  @Column('int', { name: 'parent_id', nullable: true })
  parentId!: number | null;

  @ManyToOne(() => BranchEntity)
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'branch_parent_id_fkey' })
  parent?: Relation<BranchEntity>;

  @Column('text')
  path!: string;

  @Column('int')
  depth!: number;

  @Column('varchar', { name: 'demonstration_level', length: 20, nullable: true })
  demonstrationLevel!: string | null;

  @Column('int', { name: 'demonstration_year', nullable: true })
  demonstrationYear!: number | null;

  @Column('boolean', { name: 'has_members_home', default: false })
  hasMembersHome!: boolean;

  @Column('int', { name: 'secretary_id', nullable: true })
  secretaryId!: number | null;

  @ManyToOne('MemberEntity')
  @JoinColumn({ name: 'secretary_id', foreignKeyConstraintName: 'branch_secretary_fk' })
  secretary?: Relation<MemberEntity>;

  @Column('date', { name: 'founded_on', nullable: true })
  foundedOn!: string | null;

  @Column('varchar', { length: 200, nullable: true })
  address!: string | null;

  @Column('varchar', { name: 'meeting_place', length: 200, nullable: true })
  meetingPlace!: string | null;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt!: Date | null;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
