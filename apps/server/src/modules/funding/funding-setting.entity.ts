import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

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
