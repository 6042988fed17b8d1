/**
 * Four projects: pure unit tests (no Strapi), the admin extension's component and helper tests
 * (rendered to HTML with react-dom/server, no browser), integration tests that boot the real app,
 * and the browser test (Chromium against the built admin panel; SQLite pass only).
 */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022', transform: { react: { runtime: 'automatic' } } } }] };

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/plugins/ppid/server/tests/**/*.test.ts', '<rootDir>/tests/unit/**/*.test.ts'],
    },
    {
      displayName: 'admin',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/plugins/ppid/admin/src/**/__tests__/**/*.test.{ts,tsx}'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.js',
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/setup-timeout.js'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.js',
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/setup-timeout.js'],
    },
  ],
};
