import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { BureauEntity } from '../bureau/bureau.entity';
import { ApiTokenEntity } from '../api-token/api-token.entity';
import { UserEntity } from '../user/user.entity';

/** A year's figures frozen as submitted: later edits no longer change them. */
@Entity('report_snapshot')
@Check('report_snapshot_year_check', `year BETWEEN 1949 AND 9999`)
export class ReportSnapshotEntity {
  @PrimaryColumn('int', { name: 'bureau_id', primaryKeyConstraintName: 'report_snapshot_pkey' })
  bureauId!: number;

  @ManyToOne(() => BureauEntity)
  @JoinColumn({ name: 'bureau_id', foreignKeyConstraintName: 'report_snapshot_bureau_id_fkey' })
  bureau?: Relation<BureauEntity>;

  @PrimaryColumn('int', { primaryKeyConstraintName: 'report_snapshot_pkey' })
  year!: number;

  @Column('jsonb')
  stats!: object;

  @Column('timestamptz', { name: 'frozen_at' })
  frozenAt!: Date;

  @Column('varchar', { name: 'frozen_by', length: 100 })
  frozenBy!: string;

  @Column('int', { name: 'frozen_by_user_id', nullable: true })
  frozenByUserId!: number | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({
    name: 'frozen_by_user_id',
    foreignKeyConstraintName: 'report_snapshot_frozen_by_user_id_fkey',
  })
  frozenByUser?: Relation<UserEntity>;

  @Column('int', { name: 'frozen_by_token_id', nullable: true })
  frozenByTokenId!: number | null;

  @ManyToOne(() => ApiTokenEntity)
  @JoinColumn({
    name: 'frozen_by_token_id',
    foreignKeyConstraintName: 'report_snapshot_frozen_by_token_id_fkey',
  })
  frozenByToken?: Relation<ApiTokenEntity>;
}
