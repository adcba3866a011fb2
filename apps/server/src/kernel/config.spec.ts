import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, loadConfig, settingNames } from './config';

describe('configuration', () => {
  it('has a default for everything but the optional database URL', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.SEED_DEMO).toBe(true);
  });

  it('loads no demo accounts and hides the schema from anonymous callers in production unless told', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({
      SEED_DEMO: false,
      INTROSPECTION_ANONYMOUS: false,
    });
    expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({
      SEED_DEMO: true,
      INTROSPECTION_ANONYMOUS: true,
    });
    expect(
      loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true', INTROSPECTION_ANONYMOUS: 'true' }),
    ).toMatchObject({ SEED_DEMO: true, INTROSPECTION_ANONYMOUS: true });
    expect(() => loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'yes' })).toThrow(ConfigError);
  });

  it('takes an owner URL for the migrations only beside an app URL', () => {
    const owner = 'postgres://wanxia_owner:secret@db:5432/wanxia';
    expect(() => loadConfig({ DATABASE_OWNER_URL: owner })).toThrow(
      /DATABASE_OWNER_URL=\(hidden\)/,
    );
    expect(
      loadConfig({
        DATABASE_URL: 'postgres://wanxia_app:secret@db:5432/wanxia',
        DATABASE_OWNER_URL: owner,
      }).DATABASE_OWNER_URL,
    ).toBe(owner);
  });

  it('fails fast naming every bad variable, hiding secrets', () => {
    const bad = { PORT: 'eighty', DATABASE_URL: 'mysql://root:secret@db/x', LOG_LEVEL: 'loud' };
    expect(() => loadConfig(bad)).toThrow(ConfigError);
    try {
      loadConfig(bad);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT="eighty"');
      expect(message).toContain('LOG_LEVEL="loud"');
      expect(message).toContain('DATABASE_URL=(hidden)');
      expect(message).not.toContain('secret');
    }
  });
});

describe('the settings are all documented', () => {
  const root = path.resolve(__dirname, '../../../..');
  const defaults = loadConfig({}) as Record<string, unknown>;

  it('.env.example lists every setting, with its default', async () => {
    const example = await readFile(path.join(root, '.env.example'), 'utf8');
    const listed = new Map(
      [...example.matchAll(/^# ([A-Z][A-Z0-9_]*)=(.*)$/gm)].map(([, name, value]) => [name, value]),
    );
    expect([...listed.keys()].sort()).toEqual([...settingNames].sort());
    for (const name of settingNames) {
      if (defaults[name] !== undefined)
        expect([name, listed.get(name)]).toEqual([name, String(defaults[name])]);
    }
  });

  it("the README's configuration table lists every setting", async () => {
    const readme = await readFile(path.join(root, 'README.md'), 'utf8');
    const table = new Set(
      [...readme.matchAll(/^\| `([A-Z][A-Z0-9_]*)` +\|/gm)].map(([, name]) => name),
    );
    expect(settingNames.filter((name) => !table.has(name))).toEqual([]);
  });
});
