import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ActivityEntity } from '../activity/activity.entity';
import { VolunteerEntity } from './volunteer.entity';

/** The volunteer side of an activity a team organised: its category and what came of it. */
@Entity('volunteer_service')
@Check(
  'volunteer_service_category_check',
  `category IN ('POLICY_OUTREACH', 'RURAL_REVITALISATION', 'GRASSROOTS_GOVERNANCE', 'CIVILISED_CITY', 'LEGAL_EDUCATION', 'ENVIRONMENT', 'TRAFFIC_SAFETY', 'POVERTY_RELIEF', 'SCIENCE', 'CULTURE', 'HEALTH', 'ANTI_DRUG', 'NEXT_GENERATION', 'OTHER')`,
)
@Check('volunteer_service_couplets_check', `couplets >= 0`)
export class VolunteerServiceEntity {
  @PrimaryColumn('int', { name: 'activity_id' })
  activityId!: number;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'activity_id',
    foreignKeyConstraintName: 'volunteer_service_activity_id_fkey',
  })
  activity?: Relation<ActivityEntity>;

  @Column('varchar', { length: 30 })
  category!: string;

  @Column('int', { default: 0 })
  couplets!: number;
}

/** The hours one volunteer gave at one activity. */
@Entity('volunteer_hours')
@Check('volunteer_hours_hours_check', `hours > 0 AND hours <= 24`)
@Index('volunteer_hours_volunteer_idx', ['volunteerId', 'activityId'])
export class VolunteerHoursEntity {
  @PrimaryColumn('int', { name: 'activity_id', primaryKeyConstraintName: 'volunteer_hours_pkey' })
  activityId!: number;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'volunteer_hours_activity_id_fkey' })
  activity?: Relation<ActivityEntity>;

  @PrimaryColumn('int', { name: 'volunteer_id', primaryKeyConstraintName: 'volunteer_hours_pkey' })
  volunteerId!: number;

  @ManyToOne(() => VolunteerEntity)
  @JoinColumn({
    name: 'volunteer_id',
    foreignKeyConstraintName: 'volunteer_hours_volunteer_id_fkey',
  })
  volunteer?: Relation<VolunteerEntity>;

  @Column('numeric', { precision: 4, scale: 1 })
  hours!: string;
}

/** A donation made at an activity (e.g. to epidemic control), in fen, with its donor. */
@Entity('volunteer_donation')
@Check('volunteer_donation_donor_check', `btrim(donor) <> ''`)
@Check('volunteer_donation_amount_fen_check', `amount_fen > 0`)
@Index('volunteer_donation_activity_idx', ['activityId', 'id'])
export class VolunteerDonationEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'activity_id' })
  activityId!: number;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'activity_id',
    foreignKeyConstraintName: 'volunteer_donation_activity_id_fkey',
  })
  activity?: Relation<ActivityEntity>;

  @Column('varchar', { length: 100 })
  donor!: string;

  @Column('int', { name: 'amount_fen' })
  amountFen!: number;
}

/** The volunteer settings: one row (id 1), how many points an hour of service earns. */
@Entity('volunteer_setting')
@Check('volunteer_setting_id_check', `id = 1`)
@Check('volunteer_setting_points_per_hour_check', `points_per_hour BETWEEN 1 AND 100`)
export class VolunteerSettingEntity {
  @PrimaryColumn('int', { default: 1 })
  id!: number;

  @Column('int', { name: 'points_per_hour', default: 1 })
  pointsPerHour!: number;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
