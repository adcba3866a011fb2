import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { BranchEntity } from '../branch/branch.entity';

const KINDS = `kind IN ('BRANCH_MEMBERS_MEETING', 'BRANCH_COMMITTEE_MEETING', 'PARTY_GROUP_MEETING', 'PARTY_LECTURE', 'ORGANISATIONAL_LIFE_MEETING', 'DEMOCRATIC_APPRAISAL', 'THEMED_PARTY_DAY')`;
const FREQUENCIES = `frequency IN ('MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY', 'NONE')`;

/** How often the county requires each kind of 三会一课 and 组织生活 (one row per kind). */
@Entity('party_life_setting')
@Check('party_life_setting_kind_check', KINDS)
@Check('party_life_setting_frequency_check', FREQUENCIES)
export class PartyLifeSettingEntity {
  @PrimaryColumn('varchar', { length: 40 })
  kind!: string;

  @Column('varchar', { length: 20 })
  frequency!: string;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}

/** A branch's own frequency for a kind, in place of the county's. */
@Entity('branch_party_life_setting')
@Check('branch_party_life_setting_kind_check', KINDS)
@Check('branch_party_life_setting_frequency_check', FREQUENCIES)
export class BranchPartyLifeSettingEntity {
  @PrimaryColumn('int', { name: 'branch_id' })
  branchId!: number;

  @ManyToOne(() => BranchEntity)
  @JoinColumn({
    name: 'branch_id',
    foreignKeyConstraintName: 'branch_party_life_setting_branch_id_fkey',
  })
  branch?: Relation<BranchEntity>;

  @PrimaryColumn('varchar', { length: 40 })
  kind!: string;

  @Column('varchar', { length: 20 })
  frequency!: string;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
