import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import { COUNTIES, PROVINCE } from './layout';

/**
 * The province's bureau tree from the layout: the province, its cities and their counties, each
 * with its division code and materialised path. Those the migrations made (湖南省 → 益阳市 →
 * 安化县) are kept: a bureau is found by its code, or by its name under the same parent.
 * Returns each county's bureau key by county name.
 */
export async function insertBureaus(tx: Queryable): Promise<Map<string, number>> {
  const ensure = async (
    name: string,
    level: 'PROVINCE' | 'CITY' | 'COUNTY',
    code: string,
    parent: { id: number; path: string } | null,
  ) => {
    const [found] = await tx.run(sql`
      SELECT id, path FROM bureau
      WHERE code = ${code} OR (name = ${name} AND parent_id IS NOT DISTINCT FROM ${parent?.id ?? null}::int)`);
    if (found) return { id: Number(found.id), path: String(found.path) };
    const [made] = await tx.run(sql`
      WITH n AS (SELECT nextval(pg_get_serial_sequence('bureau', 'id'))::int AS id)
      INSERT INTO bureau (id, name, level, code, parent_id, path, depth)
      SELECT n.id, ${name}, ${level}, ${code}, ${parent?.id ?? null}::int,
        ${parent?.path ?? '/'} || n.id || '/', ${parent ? parent.path.split('/').length - 2 : 0}::int
      FROM n RETURNING id, path`);
    return { id: Number(made.id), path: String(made.path) };
  };
  const province = await ensure(PROVINCE.name, 'PROVINCE', PROVINCE.code, null);
  const cities = new Map<string, { id: number; path: string }>();
  const counties = new Map<string, number>();
  for (const county of COUNTIES) {
    let city = cities.get(county.city);
    if (!city) {
      city = await ensure(county.city, 'CITY', `${county.areaCode.slice(0, 4)}00`, province);
      cities.set(county.city, city);
    }
    counties.set(county.name, (await ensure(county.name, 'COUNTY', county.areaCode, city)).id);
  }
  return counties;
}
