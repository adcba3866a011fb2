import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ActivityEntity } from '../activity/activity.entity';

/** An award won at an activity (a competition's prize, a performance's place), with its level. */
@Entity('activity_award')
@Check('activity_award_award_check', `btrim(award) <> ''`)
@Check('activity_award_level_check', `level IN ('NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY')`)
@Index('activity_award_activity_idx', ['activityId', 'id'])
export class ActivityAwardEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'activity_id' })
  activityId!: number;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'activity_award_activity_id_fkey' })
  activity?: Relation<ActivityEntity>;

  @Column('varchar', { length: 100 })
  award!: string;

  @Column('varchar', { length: 10 })
  level!: string;

  @Column('varchar', { length: 100, nullable: true })
  recipient!: string | null;
}
