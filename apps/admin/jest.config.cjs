/** Component tests: jsdom, Testing Library, swc. */
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.tsx', '**/*.test.ts'],
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
        },
      },
    ],
  },
  transformIgnorePatterns: [
    '/node_modules/(?!.pnpm)',
    '/node_modules/.pnpm/(?!(@apollo|rxjs|antd|@ant-design|rc-|@rc-component|@babel)).*',
  ],
  moduleNameMapper: { '\\.(css|less)$': 'identity-obj-proxy' },
  testTimeout: 20000,
};
