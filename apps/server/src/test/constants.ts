/** The demo data and the tests' clock agree on this "today" (China time). */
export const TEST_TODAY = '2026-06-15';
export const TEST_NOW = new Date('2026-06-15T02:00:00Z');
export const TEMPLATE_EMPTY = 'wanxia_template_empty';
export const TEMPLATE_DEMO = 'wanxia_template_demo';

/** The roles the product splits into (src/db/roles.ts), made by global-setup. */
export const TEST_ROLES = {
  owner: { name: 'wanxia_owner', password: 'wanxia-owner' },
  app: { name: 'wanxia_app', password: 'wanxia-app' },
};

function roleUrl(name: string, role: { name: string; password: string }): string {
  const url = new URL(process.env.WANXIA_TEST_ADMIN_URL!);
  url.username = role.name;
  url.password = role.password;
  url.pathname = `/${name}`;
  return url.toString();
}

/** The URL of database `name` on the run's PostgreSQL as the app role, what the server uses. */
export const testDatabaseUrl = (name: string) => roleUrl(name, TEST_ROLES.app);

/** The URL of database `name` as the owner role, what migrates. */
export const testOwnerUrl = (name: string) => roleUrl(name, TEST_ROLES.owner);
