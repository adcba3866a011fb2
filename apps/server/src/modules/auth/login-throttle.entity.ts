import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed sign-ins counted per key (an account, an address) and the lock they earn. */
@Entity('login_throttle')
export class LoginThrottleEntity {
  @PrimaryColumn('text')
  key!: string;

  @Column('int')
  failures!: number;

  @Column('timestamptz', { name: 'window_started_at' })
  windowStartedAt!: Date;

  @Column('timestamptz', { name: 'locked_until', nullable: true })
  lockedUntil!: Date | null;
}
