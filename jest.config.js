/**
 * Four projects: pure unit tests (no Strapi), the admin extension's component and helper tests
 * (rendered to HTML with react-dom/server, no browser), integration tests that boot the real app,
 * and the browser test (Chromium against the built admin panel; SQLite pass only).
 */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022', transform: { react: { runtime: 'automatic' } } } }] };
// sanitize-html's parser packages are ESM-only: Node 20 loads them with require(esm), jest's module
// system does not, so jest compiles them to CommonJS like the sources.
const transformIgnorePatterns = ['/node_modules/(?!(?:sanitize-html/node_modules/)?(?:htmlparser2|dom-serializer|domelementtype|domhandler|domutils|entities|feed)/)'];

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/plugins/ppid/server/tests/**/*.test.ts', '<rootDir>/tests/unit/**/*.test.ts'],
    },
    {
      displayName: 'admin',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/plugins/ppid/admin/src/**/__tests__/**/*.test.{ts,tsx}'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.js',
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/setup-timeout.js'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.js',
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/setup-timeout.js'],
    },
  ],
};
