import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** The roster's settings: one row (id 1), the 50-year medal's cut-off day of the year. */
@Entity('member_setting')
@Check('member_setting_id_check', `id = 1`)
// A day every year has: 29 February is refused.
@Check('member_setting_check', `make_date(2001, medal_cutoff_month, medal_cutoff_day) IS NOT NULL`)
export class MemberSettingEntity {
  @PrimaryColumn('int', { default: 1 })
  id!: number;

  @Column('smallint', { name: 'medal_cutoff_month', default: 12 })
  medalCutoffMonth!: number;

  @Column('smallint', { name: 'medal_cutoff_day', default: 31 })
  medalCutoffDay!: number;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
