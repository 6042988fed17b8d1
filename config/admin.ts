export default ({ env }: { env: any }) => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET', 'ppid-demo-admin-jwt-secret'),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT', 'ppid-demo-api-token-salt'),
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT', 'ppid-demo-transfer-token-salt'),
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY', 'ppid-demo-encryption-key'),
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
});
