/** Two projects: pure unit tests (no Strapi), and integration tests that boot the real app. */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }] };

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/plugins/ppid/server/tests/**/*.test.ts', '<rootDir>/tests/unit/**/*.test.ts'],
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
