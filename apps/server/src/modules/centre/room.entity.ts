import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A room of the activity centre (老干部活动中心): 多功能厅, 排练室, a classroom and the like. */
@Entity('centre_room')
@Check('centre_room_name_check', `btrim(name) <> ''`)
@Check('centre_room_capacity_check', `capacity > 0`)
@Check('centre_room_area_check', `area_sqm > 0`)
@Unique('centre_room_name_key', ['name'])
export class RoomEntity {
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
