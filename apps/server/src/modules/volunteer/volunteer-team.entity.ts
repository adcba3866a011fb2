import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { BureauEntity } from '../bureau/bureau.entity';

/** A volunteer team of 银耀安化, at the county, a township or a village. */
@Entity('volunteer_team')
@Unique('volunteer_team_name_key', ['bureauId', 'name'])
@Check('volunteer_team_name_check', `btrim(name) <> ''`)
@Check('volunteer_team_level_check', `level IN ('COUNTY', 'TOWNSHIP', 'VILLAGE')`)
@Check(
  'volunteer_team_area_check',
  `(level = 'COUNTY' OR township IS NOT NULL) AND (level <> 'VILLAGE' OR village IS NOT NULL)`,
)
export class VolunteerTeamEntity {
  /** The county bureau it belongs to. */
  @Column('int', { name: 'bureau_id' })
  bureauId!: number;

  @ManyToOne(() => BureauEntity)
  @JoinColumn({ name: 'bureau_id', foreignKeyConstraintName: 'volunteer_team_bureau_id_fkey' })
  bureau?: Relation<BureauEntity>;

  @PrimaryGeneratedColumn()
  id!: number;

  @Column('varchar', { length: 100 })
  name!: string;

  @Column('varchar', { length: 10 })
  level!: string;

  @Column('varchar', { length: 50, nullable: true })
  township!: string | null;

  @Column('varchar', { length: 50, nullable: true })
  village!: string | null;

  @Column('varchar', { length: 50, nullable: true })
  leader!: string | null;

  @Column('date', { name: 'founded_on', nullable: true })
  foundedOn!: string | null;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}

/** The service categories a team works in, one row each. */
@Entity('volunteer_team_category')
@Check(
  'volunteer_team_category_category_check',
  `category IN ('POLICY_OUTREACH', 'RURAL_REVITALISATION', 'GRASSROOTS_GOVERNANCE', 'CIVILISED_CITY', 'LEGAL_EDUCATION', 'ENVIRONMENT', 'TRAFFIC_SAFETY', 'POVERTY_RELIEF', 'SCIENCE', 'CULTURE', 'HEALTH', 'ANTI_DRUG', 'NEXT_GENERATION', 'OTHER')`,
)
export class VolunteerTeamCategoryEntity {
  @PrimaryColumn('int', {
    name: 'team_id',
    primaryKeyConstraintName: 'volunteer_team_category_pkey',
  })
  teamId!: number;

  @ManyToOne(() => VolunteerTeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'volunteer_team_category_team_id_fkey' })
  team?: Relation<VolunteerTeamEntity>;

  @PrimaryColumn('varchar', {
    length: 30,
    primaryKeyConstraintName: 'volunteer_team_category_pkey',
  })
  category!: string;
}
