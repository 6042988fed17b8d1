import { adminUrl } from '../../../shared/routes';
/** The dev mailbox's admin API address for a page (25 mails a page, newest first). */
export const devMailboxUrl = (page: number) => adminUrl('devMailbox', {}, { page: Math.max(1, Math.floor(page) || 1), pageSize: 25 });

/** Is this admin user a super admin (the only ones the dev mailbox answers)? */
export const isSuperAdmin = (user: { roles?: { code?: string }[] } | null | undefined): boolean =>
  (user?.roles ?? []).some((r) => r?.code === 'strapi-super-admin');
