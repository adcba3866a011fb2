import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { BureauEntity } from '../bureau/bureau.entity';
import { RoomEntity } from './room.entity';

/**
 * A course of the 老年大学 in one term (学期, e.g. 2026春季): its teacher and room, and the weekly
 * schedule its sessions (bookings of the room) were generated from.
 */
@Entity('course')
@Check('course_name_check', `btrim(name) <> ''`)
@Check('course_term_check', `btrim(term) <> ''`)
@Check('course_capacity_check', `capacity > 0`)
@Check('course_term_dates_check', `term_ends_on >= term_starts_on`)
@Unique('course_term_name_key', ['bureauId', 'term', 'name'])
@Index('course_term_idx', ['termStartsOn', 'id'])
@Index('course_bureau_idx', ['bureauId', 'termStartsOn'])
export class CourseEntity {
  /** The county bureau whose 老年大学 runs it: its room's. */
  @Column('int', { name: 'bureau_id' })
  bureauId!: number;

  @ManyToOne(() => BureauEntity)
  @JoinColumn({ name: 'bureau_id', foreignKeyConstraintName: 'course_bureau_id_fkey' })
  bureau?: Relation<BureauEntity>;

  @PrimaryGeneratedColumn()
  id!: number;

  @Column('varchar', { length: 50 })
  name!: string;

  @Column('varchar', { length: 20 })
  term!: string;

  @Column('varchar', { length: 50 })
  teacher!: string;

  @Column('int', { name: 'room_id' })
  roomId!: number;

  @ManyToOne(() => RoomEntity)
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'course_room_id_fkey' })
  room?: Relation<RoomEntity>;

  /** [{ weekday: 1–7 (Monday 1), startTime: "HH:MM", endTime: "HH:MM" }], China time. */
  @Column('jsonb')
  schedule!: unknown[];

  @Column('date', { name: 'term_starts_on' })
  termStartsOn!: string;

  @Column('date', { name: 'term_ends_on' })
  termEndsOn!: string;

  /** Places; enrolments beyond it wait. */
  @Column('int')
  capacity!: number;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
