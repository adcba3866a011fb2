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
  // Much of Ant Design ships as ES modules only: let swc compile node_modules too (cached).
  transformIgnorePatterns: [],
  moduleNameMapper: { '\\.(css|less)$': 'identity-obj-proxy' },
  testTimeout: 20000,
};
