import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { UserEntity } from './user.entity';

/** A signed-in session; only the token's hash is kept. */
@Entity('user_session')
@Unique('user_session_token_hash_key', ['tokenHash'])
@Index('user_session_user_idx', ['userId'])
export class UserSessionEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'user_id' })
  userId!: number;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'user_session_user_id_fkey' })
  user?: Relation<UserEntity>;

  @Column('bytea', { name: 'token_hash' })
  tokenHash!: Buffer;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @Column('varchar', { length: 64, nullable: true })
  ip!: string | null;

  @Column('varchar', { name: 'user_agent', length: 200, nullable: true })
  userAgent!: string | null;
}
