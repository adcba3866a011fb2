import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files uploaded before their activity is saved: a new activity takes them in the same
 * transaction as its participants, so a meeting is recorded with its photos or not at all.
 * Unclaimed uploads are swept after a day.
 */
export class AttachmentUpload1764372000000 implements MigrationInterface {
  name = 'AttachmentUpload1764372000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE attachment_upload (
        id serial PRIMARY KEY,
        owner varchar(40) NOT NULL,
        file_name varchar(200) NOT NULL,
        content_type varchar(40) NOT NULL,
        size_bytes int NOT NULL,
        storage_key varchar(200) NOT NULL,
        thumbnail_key varchar(200),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT attachment_upload_content_type_check
          CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
        CONSTRAINT attachment_upload_size_check CHECK (size_bytes > 0)
      )`);
    await q.query(`CREATE INDEX attachment_upload_created_idx ON attachment_upload (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attachment_upload`);
  }
}
