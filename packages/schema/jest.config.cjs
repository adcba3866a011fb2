/** The rules' tests: plain functions, no database, no browser. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' } } }] },
  // Sources import their siblings as `./x.js`, as the ES module output needs.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};
