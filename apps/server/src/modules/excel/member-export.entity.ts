import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A whole-roster export run in the background: what was asked, by whom, and its file. */
@Entity('member_export')
@Check(
  'member_export_status_check',
  `status IN ('QUEUED', 'RUNNING', 'READY', 'FAILED', 'EXPIRED')`,
)
@Index('member_export_owner_idx', ['owner', 'status'])
export class MemberExportEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  /** The caller who asked (`user:1`, `token:2`): the only one who sees it. */
  @Column('varchar', { length: 40 })
  owner!: string;

  /** The caller as it was when asking: the job reads the roster with that reach and masking. */
  @Column('jsonb')
  caller!: object;

  /** The list's filter and order, as the request gave them. */
  @Column('jsonb')
  criteria!: object;

  @Column('date')
  today!: string;

  @Column('varchar', { length: 10, default: 'QUEUED' })
  status!: string;

  @Column('int', { name: 'row_count', nullable: true })
  rowCount!: number | null;

  @Column('bigint', { name: 'size_bytes', nullable: true })
  sizeBytes!: number | null;

  @Column('varchar', { name: 'file_key', length: 100, nullable: true })
  fileKey!: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt!: Date | null;
}
