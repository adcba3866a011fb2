import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A file uploaded before its activity is saved: the bytes are in the attachment storage, the
 * record waits for `createActivity` to take it (only its uploader may) or for the sweep.
 */
@Entity('attachment_upload')
@Check(
  'attachment_upload_content_type_check',
  `content_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')`,
)
@Check('attachment_upload_size_check', `size_bytes > 0`)
@Index('attachment_upload_created_idx', ['createdAt'])
export class AttachmentUploadEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  /** The uploader's account or token (`user:1`, `token:2`). */
  @Column('varchar', { length: 40 })
  owner!: string;

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

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
