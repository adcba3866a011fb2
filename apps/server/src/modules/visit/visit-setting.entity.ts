import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** An occasion's visit window: how many days before and after its date a visit counts. */
@Entity('visit_setting')
@Check('visit_setting_days_before_check', `days_before BETWEEN 0 AND 366`)
@Check('visit_setting_days_after_check', `days_after BETWEEN 0 AND 366`)
export class VisitSettingEntity {
  @PrimaryColumn('varchar', { length: 20 })
  occasion!: string;

  @Column('int', { name: 'days_before' })
  daysBefore!: number;

  @Column('int', { name: 'days_after' })
  daysAfter!: number;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
