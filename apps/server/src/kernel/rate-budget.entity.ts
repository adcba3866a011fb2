import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Each caller's token bucket of cost points, shared by every server process. */
@Entity('rate_budget')
export class RateBudgetEntity {
  @PrimaryColumn('text')
  caller!: string;

  @Column('double precision')
  points!: number;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
