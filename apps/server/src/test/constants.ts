/** The demo data and the tests' clock agree on this "today" (China time). */
export const TEST_TODAY = '2026-06-15';
export const TEST_NOW = new Date('2026-06-15T02:00:00Z');
export const TEMPLATE_EMPTY = 'wanxia_template_empty';
export const TEMPLATE_DEMO = 'wanxia_template_demo';

/** The URL of database `name` on the run's PostgreSQL (set up by global-setup). */
export function testDatabaseUrl(name: string): string {
  const url = new URL(process.env.WANXIA_TEST_ADMIN_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}
