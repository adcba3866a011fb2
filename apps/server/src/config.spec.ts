import { ConfigError, loadConfig } from './config';

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
