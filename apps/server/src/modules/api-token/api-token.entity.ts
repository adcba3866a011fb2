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
import { BranchEntity } from '../branch/branch.entity';
import { UserEntity } from '../user/user.entity';

/** A token another system calls the API with: its scopes, its branch if limited to one. */
@Entity('api_token')
@Check('api_token_reach_check', `branch_id IS NULL OR bureau_id IS NULL`)
@Unique('api_token_token_hash_key', ['tokenHash'])
@Index('api_token_created_idx', ['createdAt', 'id'])
export class ApiTokenEntity {
  /** The bureau whose subtree the account or token is limited to; null: not limited to one. */
  @Column('int', { name: 'bureau_id', nullable: true })
  bureauId!: number | null;

  @ManyToOne(() => BureauEntity)
  @JoinColumn({ name: 'bureau_id', foreignKeyConstraintName: 'api_token_bureau_id_fkey' })
  bureau?: Relation<BureauEntity>;

  @PrimaryGeneratedColumn()
  id!: number;

  @Column('varchar', { length: 100 })
  name!: string;

  @Column('text', { array: true })
  scopes!: string[];

  @Column('int', { name: 'branch_id', nullable: true })
  branchId!: number | null;

  @ManyToOne(() => BranchEntity)
  @JoinColumn({ name: 'branch_id', foreignKeyConstraintName: 'api_token_branch_id_fkey' })
  branch?: Relation<BranchEntity>;

  @Column('bytea', { name: 'token_hash' })
  tokenHash!: Buffer;

  @Column('varchar', { name: 'token_prefix', length: 16 })
  tokenPrefix!: string;

  @Column('int', { name: 'created_by' })
  createdById!: number;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'api_token_created_by_fkey' })
  createdBy?: Relation<UserEntity>;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'expires_at', nullable: true })
  expiresAt!: Date | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @Column('timestamptz', { name: 'last_used_at', nullable: true })
  lastUsedAt!: Date | null;
}
