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

/** A county's own window for an occasion, in place of the province's (the row above). */
@Entity('bureau_visit_setting')
@Check('bureau_visit_setting_days_before_check', `days_before BETWEEN 0 AND 366`)
@Check('bureau_visit_setting_days_after_check', `days_after BETWEEN 0 AND 366`)
export class BureauVisitSettingEntity {
  @PrimaryColumn('int', {
    name: 'bureau_id',
    primaryKeyConstraintName: 'bureau_visit_setting_pkey',
  })
  bureauId!: number;

  @ManyToOne(() => BureauEntity)
  @JoinColumn({
    name: 'bureau_id',
    foreignKeyConstraintName: 'bureau_visit_setting_bureau_id_fkey',
  })
  bureau?: Relation<BureauEntity>;

  @PrimaryColumn('varchar', {
    length: 20,
    primaryKeyConstraintName: 'bureau_visit_setting_pkey',
  })
  occasion!: string;

  @ManyToOne(() => VisitSettingEntity)
  @JoinColumn({
    name: 'occasion',
    referencedColumnName: 'occasion',
    foreignKeyConstraintName: 'bureau_visit_setting_occasion_fkey',
  })
  setting?: Relation<VisitSettingEntity>;

  @Column('int', { name: 'days_before' })
  daysBefore!: number;

  @Column('int', { name: 'days_after' })
  daysAfter!: number;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
