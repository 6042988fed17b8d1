import { NOTIFICATION_LOCALES, NOTIFICATION_STATES } from '../notifications/outbox';
import { adminUser, contentType, enumeration, str, text } from './builders';

/**
 * The notification outbox: one row per person to notify about one workflow event, written in the
 * transaction of the event itself and sent later by services/notifications.ts. Internal bookkeeping,
 * hidden from the Content Manager and read with strapi.db.query only.
 */
export const notification = contentType({
  singularName: 'notification',
  pluralName: 'notifications',
  displayName: 'Notification',
  description: 'Outbox of workflow e-mails: who, which template, sending state and retries',
  visible: false,
  indexes: [{ name: 'ppid_notifications_due_idx', columns: ['state', 'next_attempt_at'] }],
  attributes: {
    recipient: adminUser(),
    /** The address at the time of the event (kept when the admin user is later deleted). */
    email: str({ required: true }),
    /**
     * The language of the mail. Not named `locale`: the i18n plugin overwrites a `locale` attribute
     * on every content type with its own (a plain string, the document locale).
     */
    language: enumeration(NOTIFICATION_LOCALES, { required: true, default: 'id' }),
    template: str({ required: true, maxLength: 60 }),
    payload: { type: 'json' },
    subject: str({ maxLength: 255 }),
    state: enumeration(NOTIFICATION_STATES, { required: true, default: 'pending' }),
    attempts: { type: 'integer', default: 0, min: 0 },
    /** When pending: not before this time. When sending: the claim expires at this time. */
    nextAttemptAt: { type: 'datetime' },
    lastError: text(2000),
    sentAt: { type: 'datetime' },
    /**
     * The same event never mails the same person twice, e.g. `${transitionLogId}:${userId}`.
     * `unique` alone is only checked by the document service; `column.unique` makes it a real
     * unique index, which strapi.db.query (and a second Strapi instance) cannot get around.
     */
    dedupeKey: str({ required: true, unique: true, column: { unique: true } }),
  },
});

/**
 * The dev mailbox (notifications/dev-mailbox.ts): without an SMTP server outside production, each
 * notification is kept here instead of being sent, readable by super admins at GET /ppid/dev-mailbox
 * and on the plugin's Dev mailbox page. Hidden from the Content Manager, written with db.query only
 * (the document service refuses writes: document-middlewares/internal-records.ts).
 */
export const devMail = contentType({
  singularName: 'dev-mail',
  pluralName: 'dev-mails',
  displayName: 'Dev mail',
  description: 'Notifications kept instead of sent (no SMTP server, not production)',
  visible: false,
  attributes: {
    to: str({ required: true }),
    subject: str({ required: true }),
    text: { type: 'text' },
    html: { type: 'text' },
    /** The template of the notification and its outbox row, to find it again. */
    template: str({ maxLength: 60 }),
    notificationId: { type: 'integer' },
    /** The mail's attachments: `[{ filename, contentType, size }]` (the files themselves are not kept). */
    attachments: { type: 'json' },
  },
});
