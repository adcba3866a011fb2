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
import { BureauEntity } from '../bureau/bureau.entity';
import { BranchEntity } from '../branch/branch.entity';

/** An account of the console: bureau staff, a branch secretary (with its branch) or a viewer. */
@Entity('app_user')
@Check('app_user_role_check', `role IN ('ADMIN', 'SECRETARY', 'VIEWER')`)
@Check('app_user_check', `(role = 'SECRETARY') = (branch_id IS NOT NULL)`)
@Check('app_user_reach_check', `branch_id IS NULL OR bureau_id IS NULL`)
// Unique (lower(username)): an expression TypeORM cannot declare (see db/entities.spec.ts).
@Index('app_user_username_key', { synchronize: false })
export class UserEntity {
  /** The bureau whose subtree the account or token is limited to; null: not limited to one. */
  @Column('int', { name: 'bureau_id', nullable: true })
  bureauId!: number | null;

  @ManyToOne(() => BureauEntity)
  @JoinColumn({ name: 'bureau_id', foreignKeyConstraintName: 'app_user_bureau_id_fkey' })
  bureau?: Relation<BureauEntity>;

  @PrimaryGeneratedColumn()
  id!: number;

  @Column('varchar', { length: 50 })
  username!: string;

  @Column('varchar', { name: 'display_name', length: 50 })
  displayName!: string;

  @Column('varchar', { length: 20 })
  role!: string;

  @Column('int', { name: 'branch_id', nullable: true })
  branchId!: number | null;

  @ManyToOne(() => BranchEntity)
  @JoinColumn({ name: 'branch_id', foreignKeyConstraintName: 'app_user_branch_id_fkey' })
  branch?: Relation<BranchEntity>;

  @Column('text', { name: 'password_hash' })
  passwordHash!: string;

  @Column('timestamptz', { name: 'password_changed_at', default: () => 'now()' })
  passwordChangedAt!: Date;

  @Column('timestamptz', { name: 'disabled_at', nullable: true })
  disabledAt!: Date | null;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
