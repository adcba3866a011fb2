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
  // Both cores: jest's default leaves one idle, and rendering Ant Design in jsdom is CPU-bound.
  maxWorkers: '100%',
  // Generous, as two workers share the machine; a stuck test still fails.
  testTimeout: 60000,
};
