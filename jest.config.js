/**
 * Three projects: pure unit tests (no Strapi), the admin extension's component and helper tests
 * (rendered to HTML with react-dom/server, no browser), and integration tests that boot the real app.
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
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.js',
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/setup-timeout.js'],
    },
  ],
};
