/**
 * The dev mailbox: where notifications go when there is no SMTP server to send them to. The pure
 * rules only: whether the mailbox is on, and the one line that says so at start. No Strapi here
 * (services/dev-mailbox.ts stores and lists the mails, services/notifications.ts uses it).
 *
 * On when no SMTP host is configured and the app does not run in production; `PPID_DEV_MAILBOX`
 * forces it on or off. Production never keeps mails in the database, even when asked to.
 */

/** The `devMailbox` setting: `auto` follows the SMTP host, `on`/`off` force it (the env value, normalised). */
export const DEV_MAILBOX_SETTINGS = ['auto', 'on', 'off'] as const;
export type DevMailboxSetting = (typeof DEV_MAILBOX_SETTINGS)[number];

const ON = new Set(['true', '1', 'on', 'yes']);
const OFF = new Set(['false', '0', 'off', 'no']);

/** Reads `PPID_DEV_MAILBOX` (unset or empty: auto); null for a value that is none of these. */
export function parseDevMailboxSetting(value: unknown): DevMailboxSetting | null {
  if (value === undefined || value === null) return 'auto';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  const text = String(value).trim().toLowerCase();
  if (text === '' || text === 'auto') return 'auto';
  if (ON.has(text)) return 'on';
  if (OFF.has(text)) return 'off';
  return null;
}

export type MailboxReason =
  /** No SMTP host and not production: kept in the dev mailbox. */
  | 'no-smtp-host'
  /** PPID_DEV_MAILBOX forced it on (outside production). */
  | 'forced-on'
  /** An SMTP host is configured: sent through the email plugin. */
  | 'smtp-host'
  /** PPID_DEV_MAILBOX forced it off: sent through the email plugin. */
  | 'forced-off'
  /** Production: sent through the email plugin, whatever was asked. */
  | 'production';

export type MailboxChoice = {
  /** True: notifications are stored in `plugin::ppid.dev-mail` instead of being sent. */
  devMailbox: boolean;
  reason: MailboxReason;
  /** The dev mailbox was asked for (forced on) but refused because the app runs in production. */
  refused: boolean;
};

/** Where notifications go, from the runtime environment (NODE_ENV), the SMTP host and the setting. */
export function chooseMailbox(input: { nodeEnv?: string | null; smtpHost?: string | null; setting?: DevMailboxSetting }): MailboxChoice {
  const setting = input.setting ?? 'auto';
  const production = String(input.nodeEnv ?? '').trim().toLowerCase() === 'production';
  if (production) return { devMailbox: false, reason: 'production', refused: setting === 'on' };
  if (setting === 'on') return { devMailbox: true, reason: 'forced-on', refused: false };
  if (setting === 'off') return { devMailbox: false, reason: 'forced-off', refused: false };
  const hasHost = typeof input.smtpHost === 'string' && input.smtpHost.trim() !== '';
  return hasHost ? { devMailbox: false, reason: 'smtp-host', refused: false } : { devMailbox: true, reason: 'no-smtp-host', refused: false };
}

/**
 * The one line logged at start about where notifications go: the dev mailbox's address, the
 * refusal in production, or a production app without an SMTP host. Null when there is nothing to say
 * (mail goes to a configured SMTP server).
 */
export function mailboxStartLine(choice: MailboxChoice, where: { adminUrl: string; smtpHost?: string | null }): { level: 'info' | 'warn'; text: string } | null {
  if (choice.devMailbox) {
    const why = choice.reason === 'forced-on' ? 'PPID_DEV_MAILBOX is on' : 'SMTP_HOST is not set';
    return {
      level: 'info',
      text: `[ppid] Dev mailbox: ${why}, so notifications are not sent but kept in the database. Read them at ${where.adminUrl}/plugins/ppid/dev-mailbox (super admins; API: GET /ppid/dev-mailbox). Set SMTP_HOST to send real mail.`,
    };
  }
  if (choice.refused) {
    return { level: 'warn', text: '[ppid] PPID_DEV_MAILBOX is on, but the dev mailbox is never used in production (NODE_ENV=production): notifications go through the email plugin.' };
  }
  if (choice.reason === 'production' && !(where.smtpHost ?? '').trim()) {
    return { level: 'warn', text: '[ppid] SMTP_HOST is not set: notifications go to the email plugin\'s default host, 127.0.0.1. Set SMTP_HOST (and SMTP_PORT, SMTP_USERNAME, SMTP_PASSWORD) to your mail server.' };
  }
  return null;
}

/** A page of the dev mailbox: page from 1, at most 100 per page. */
export function mailboxPage(page: number, pageSize: number, total: number) {
  const size = Math.min(Math.max(1, Math.floor(pageSize) || 25), 100);
  const current = Math.max(1, Math.floor(page) || 1);
  return { page: current, pageSize: size, pageCount: Math.ceil(total / size), total, offset: (current - 1) * size };
}
