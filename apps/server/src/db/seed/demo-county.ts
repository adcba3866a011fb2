import { sql } from '../../kernel/db/sql';

/** The demo's county bureau, 安化县 (its division code), which the migrations create. */
export const DEMO_COUNTY_CODE = '430923';

/** Its key, as an SQL expression for the demo's county records. */
export const DEMO_COUNTY = sql`(SELECT id FROM bureau WHERE code = ${DEMO_COUNTY_CODE})`;
