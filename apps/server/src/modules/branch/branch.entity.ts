import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The write model of a branch; reads select plain rows (see branch.repository.ts). */
@Entity('branch')
export class BranchEntity {
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
