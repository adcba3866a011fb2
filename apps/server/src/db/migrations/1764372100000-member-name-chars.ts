import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The roster's search at province scale. An entry of one or two Chinese characters (张, 张伟)
 * has no trigram for `member_search_idx`; an index of each name's characters finds the members
 * whose name holds them, which the search's own LIKE then narrows to the exact matches.
 */
export class MemberNameChars1764372100000 implements MigrationInterface {
  name = 'MemberNameChars1764372100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX member_name_chars_idx ON member USING gin (string_to_array(name, NULL))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX member_name_chars_idx`);
  }
}
