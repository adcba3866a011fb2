import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The roster's search at province scale. An entry of one or two Chinese characters (张, 张伟)
 * has no trigram for `member_search_idx`; an index of each name's characters, the first marked
 * (^张, then the rest), finds the members whose name holds them, which the search's own LIKE
 * then narrows to the exact matches. A single character is mostly a surname, held by up to one
 * member in fifteen: the names by their first character, with what a search reads of them, find
 * those without reading the table.
 */
export class MemberNameChars1764372100000 implements MigrationInterface {
  name = 'MemberNameChars1764372100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX member_name_chars_idx ON member USING gin ((ARRAY['^' || left(name, 1)] || string_to_array(substr(name, 2), NULL)))`,
    );
    await q.query(
      `CREATE INDEX member_name_start_idx ON member (left(name, 1), name_pinyin, id) INCLUDE (name, branch_id, status)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX member_name_start_idx`);
    await q.query(`DROP INDEX member_name_chars_idx`);
  }
}
