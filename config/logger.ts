export default ({ env }: { env: any }) => ({
  level: env('LOG_LEVEL', 'http'),
  updates: { enabled: false },
  startup: { enabled: env.bool('LOG_STARTUP', true) },
});
