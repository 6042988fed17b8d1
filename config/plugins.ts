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
  // Workflow notifications leave through Strapi's email plugin (SMTP via nodemailer) when SMTP_HOST
  // is set. Without SMTP_HOST, outside production, the ppid plugin keeps them in its dev mailbox
  // instead (PPID_DEV_MAILBOX forces it on or off; never on in production). A local mail catcher:
  // SMTP_HOST=127.0.0.1 SMTP_PORT=1025.
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST', '127.0.0.1'),
        port: env.int('SMTP_PORT', env.bool('SMTP_SECURE', false) ? 465 : 587),
        secure: env.bool('SMTP_SECURE', false),
        ignoreTLS: !env.bool('SMTP_SECURE', false),
        ...(env('SMTP_USERNAME') ? { auth: { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD') } } : {}),
        connectionTimeout: env.int('SMTP_TIMEOUT_MS', 10000),
      },
      settings: {
        defaultFrom: env('EMAIL_FROM', 'PPID <ppid@localhost>'),
        defaultReplyTo: env('EMAIL_REPLY_TO', 'ppid@localhost'),
      },
    },
  },
  // Uploads: at most PPID_UPLOAD_MAX_MB per file; the accepted types come from the ppid plugin
  // (plugins/ppid/server/src/uploads/policy.ts), checked by content, not only by name.
  upload: {
    config: {
      sizeLimit: env.int('PPID_UPLOAD_MAX_MB', 20) * 1024 * 1024,
    },
  },
  ppid: {
    enabled: true,
    resolve: './plugins/ppid',
    config: {
      timezone: env('PPID_TIMEZONE', 'Asia/Jakarta'),
      seedDemo: env.bool('PPID_SEED_DEMO', false),
      workflow: {
        officeHours: { start: env('PPID_OFFICE_START', '08:00'), end: env('PPID_OFFICE_END', '16:00') },
        holidays: env.bool('PPID_HOLIDAYS', true),
        superAdminsMayAct: env.bool('PPID_SUPER_ADMINS_MAY_ACT', false),
      },
      notifications: {
        enabled: env.bool('PPID_NOTIFICATIONS', true),
        intervalSeconds: env.int('PPID_NOTIFICATIONS_INTERVAL', 60),
      },
      mail: {
        devMailbox: env('PPID_DEV_MAILBOX', 'auto'),
        smtpHost: env('SMTP_HOST', ''),
      },
      // Requesters' identity documents: outside public/, kept across restarts, backed up with the database.
      privateFiles: { dir: env('PPID_PRIVATE_FILES_DIR', '') },
      compliance: {
        enabled: env.bool('PPID_COMPLIANCE', true),
        dailyAt: env('PPID_COMPLIANCE_DAILY_AT', '07:00'),
        slaIntervalMinutes: env.int('PPID_COMPLIANCE_SLA_MINUTES', 5),
        digest: env.bool('PPID_COMPLIANCE_DIGEST', true),
      },
    },
  },
});
