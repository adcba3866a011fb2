import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { BureauEntity } from '../bureau/bureau.entity';

/** A room of the activity centre (老干部活动中心): 多功能厅, 排练室, a classroom and the like. */
@Entity('centre_room')
@Check('centre_room_name_check', `btrim(name) <> ''`)
@Check('centre_room_capacity_check', `capacity > 0`)
@Check('centre_room_area_check', `area_sqm > 0`)
@Unique('centre_room_name_key', ['bureauId', 'name'])
export class RoomEntity {
  /** The county bureau whose centre it is. */
  @Column('int', { name: 'bureau_id' })
  bureauId!: number;

  @ManyToOne(() => BureauEntity)
  @JoinColumn({ name: 'bureau_id', foreignKeyConstraintName: 'centre_room_bureau_id_fkey' })
  bureau?: Relation<BureauEntity>;

  @PrimaryGeneratedColumn()
  id!: number;

  @Column('varchar', { length: 50 })
  name!: string;

  /** People it seats. */
  @Column('int')
  capacity!: number;

  @Column('int', { name: 'area_sqm' })
  areaSqm!: number;

  @Column('text', { array: true, default: () => `'{}'` })
  equipment!: string[];

  /** An inactive room is kept for its history and takes no new bookings. */
  @Column('boolean', { default: true })
  active!: boolean;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
