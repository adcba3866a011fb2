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
import { ActivityEntity } from './activity.entity';

/**
 * A file of an activity (photos, minutes, sign-in sheets): an image or a PDF, its bytes kept by
 * the attachment storage under `storage_key` (and an image's thumbnail under `thumbnail_key`).
 */
@Entity('activity_attachment')
@Check(
  'activity_attachment_content_type_check',
  `content_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')`,
)
@Check('activity_attachment_size_check', `size_bytes > 0`)
@Index('activity_attachment_activity_idx', ['activityId', 'id'])
export class ActivityAttachmentEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'activity_id' })
  activityId!: number;

  @ManyToOne(() => ActivityEntity)
  @JoinColumn({
    name: 'activity_id',
    foreignKeyConstraintName: 'activity_attachment_activity_id_fkey',
  })
  activity?: Relation<ActivityEntity>;

  @Column('varchar', { name: 'file_name', length: 200 })
  fileName!: string;

  @Column('varchar', { name: 'content_type', length: 40 })
  contentType!: string;

  @Column('int', { name: 'size_bytes' })
  sizeBytes!: number;

  @Column('varchar', { name: 'storage_key', length: 200 })
  storageKey!: string;

  @Column('varchar', { name: 'thumbnail_key', length: 200, nullable: true })
  thumbnailKey!: string | null;

  @Column('varchar', { name: 'created_by', length: 100 })
  createdBy!: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
