/**
 * The dev mailbox (notifications/dev-mailbox.ts decides when it is on): the notification sender
 * stores each mail here instead of sending it; super admins read them newest first
 * (GET /ppid/dev-mailbox, the plugin's Dev mailbox page). Decided once per process, announced once.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { chooseMailbox, mailboxPage, mailboxStartLine, parseDevMailboxSetting, type MailboxChoice } from '../notifications/dev-mailbox';
import { getConfig, iso } from '../utils';

const MODEL = uid('dev-mail');

export type DevMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  template?: string;
  notificationId?: number;
  /** Attached files: only their names, types and sizes are kept. */
  attachments?: { filename: string; contentType?: string; content: Buffer }[];
};

/** The admin panel's address (Strapi's `admin.absoluteUrl`, as the notification links use it). */
const adminUrl = (strapi: Core.Strapi): string => String(strapi.config.get('admin.absoluteUrl', '') ?? '').replace(/\/$/, '') || '/admin';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let decided: MailboxChoice | null = null;

  /** Where notifications go in this process (read from the config and NODE_ENV once). */
  function choice(): MailboxChoice {
    if (!decided) {
      const mail = getConfig(strapi).mail;
      decided = chooseMailbox({ nodeEnv: process.env.NODE_ENV, smtpHost: mail.smtpHost, setting: parseDevMailboxSetting(mail.devMailbox) ?? 'auto' });
    }
    return decided;
  }

  return {
    choice,
    active: () => choice().devMailbox,

    /** The one start-up line about where notifications go (nothing when a real SMTP host is set). */
    announce() {
      const line = mailboxStartLine(choice(), { adminUrl: adminUrl(strapi), smtpHost: getConfig(strapi).mail.smtpHost });
      if (line) strapi.log[line.level](line.text);
    },

    /** Keeps one mail (called by the notification sender instead of the email plugin). */
    async store(mail: DevMail): Promise<void> {
      if (!choice().devMailbox) throw new Error('ppid: the dev mailbox is off');
      await strapi.db.query(MODEL as any).create({
        data: {
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          template: mail.template ?? null,
          notificationId: mail.notificationId ?? null,
          attachments: (mail.attachments ?? []).map((a) => ({ filename: a.filename, contentType: a.contentType ?? null, size: a.content.length })),
        },
      });
    },

    /** The kept mails, newest first, one page. */
    async list({ page, pageSize }: { page: number; pageSize: number }) {
      const total = await strapi.db.query(MODEL as any).count();
      const p = mailboxPage(page, pageSize, total);
      const rows = await strapi.db.query(MODEL as any).findMany({
        select: ['id', 'to', 'subject', 'text', 'html', 'template', 'notificationId', 'attachments', 'createdAt'],
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        offset: p.offset,
        limit: p.pageSize,
      });
      return {
        data: rows.map((r: any) => ({ id: r.id, to: r.to, subject: r.subject, text: r.text ?? '', html: r.html ?? '', template: r.template ?? null, notificationId: r.notificationId ?? null, attachments: Array.isArray(r.attachments) ? r.attachments : [], createdAt: iso(r.createdAt) })),
        meta: { pagination: { page: p.page, pageSize: p.pageSize, pageCount: p.pageCount, total } },
      };
    },
  };
};
