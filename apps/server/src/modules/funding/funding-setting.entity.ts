import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { BureauEntity } from '../bureau/bureau.entity';

/** The funding rules: one row (id 1). */
@Entity('funding_setting')
@Check('funding_setting_id_check', `id = 1`)
@Check('funding_setting_condolence_yearly_cap_fen_check', `condolence_yearly_cap_fen > 0`)
export class FundingSettingEntity {
  @PrimaryColumn('int', { default: 1 })
  id!: number;

  @Column('boolean', { name: 'allow_self_approval', default: false })
  allowSelfApproval!: boolean;

  /** Fen. */
  @Column('bigint', { name: 'condolence_yearly_cap_fen', nullable: true })
  condolenceYearlyCapFen!: number | null;

  @Column('boolean', { name: 'secretaries_see_county_lines', default: false })
  secretariesSeeCountyLines!: boolean;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}

/** A county's own funding rules, whole, in place of the province's (the row above). */
@Entity('bureau_funding_setting')
@Check('bureau_funding_setting_condolence_yearly_cap_fen_check', `condolence_yearly_cap_fen > 0`)
export class BureauFundingSettingEntity {
  @PrimaryColumn('int', {
    name: 'bureau_id',
    primaryKeyConstraintName: 'bureau_funding_setting_pkey',
  })
  bureauId!: number;

  @ManyToOne(() => BureauEntity)
  @JoinColumn({
    name: 'bureau_id',
    foreignKeyConstraintName: 'bureau_funding_setting_bureau_id_fkey',
  })
  bureau?: Relation<BureauEntity>;

  @Column('boolean', { name: 'allow_self_approval' })
  allowSelfApproval!: boolean;

  /** Fen. */
  @Column('bigint', { name: 'condolence_yearly_cap_fen', nullable: true })
  condolenceYearlyCapFen!: number | null;

  @Column('boolean', { name: 'secretaries_see_county_lines' })
  secretariesSeeCountyLines!: boolean;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
