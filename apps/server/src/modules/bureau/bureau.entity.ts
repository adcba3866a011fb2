import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';

/**
 * A retired-cadre bureau (老干部局) of the province, a city or a county: a tree by materialised
 * path (`path`, `depth`), as the branches are. Branches and county records belong to a county.
 */
@Entity('bureau')
@Check('bureau_name_check', `btrim(name) <> ''`)
@Check('bureau_level_check', `level IN ('PROVINCE', 'CITY', 'COUNTY')`)
@Check('bureau_code_check', `code ~ '^[0-9]{6}$'`)
@Check('bureau_parent_check', `(level = 'PROVINCE') = (parent_id IS NULL)`)
@Unique('bureau_code_key', ['code'])
@Index('bureau_parent_idx', ['parentId'])
// (path text_pattern_ops): an operator class TypeORM cannot declare (see db/entities.spec.ts).
@Index('bureau_path_idx', { synchronize: false })
export class BureauEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('varchar', { length: 100 })
  name!: string;

  @Column('varchar', { length: 20 })
  level!: string;

  @Column('char', { length: 6 })
  code!: string;

  @Column('int', { name: 'parent_id', nullable: true })
  parentId!: number | null;

  @ManyToOne(() => BureauEntity)
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'bureau_parent_id_fkey' })
  parent?: Relation<BureauEntity>;

  @Column('text')
  path!: string;

  @Column('int')
  depth!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
