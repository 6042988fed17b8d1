/**
 * Plugins bootstrap in the order of these keys: users-permissions must come before ppid,
 * so that the Public role exists when ppid opens its public routes on a fresh database.
 */
export default ({ env }: { env: any }) => ({
  'users-permissions': {
    enabled: true,
    config: {
      jwtSecret: env('JWT_SECRET', 'ppid-demo-users-permissions-jwt-secret'),
    },
  },
  ppid: {
    enabled: true,
    resolve: './plugins/ppid',
    config: {
      timezone: env('PPID_TIMEZONE', 'Asia/Jakarta'),
      seedDemo: env.bool('PPID_SEED_DEMO', false),
    },
  },
});
