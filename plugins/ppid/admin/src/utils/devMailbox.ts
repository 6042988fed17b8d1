import { adminUrl } from '../../../shared/routes';
/** The dev mailbox's admin API address for a page (25 mails a page, newest first). */
export const devMailboxUrl = (page: number) => adminUrl('devMailbox', {}, { page: Math.max(1, Math.floor(page) || 1), pageSize: 25 });

/** Is this admin user a super admin (the only ones the dev mailbox answers)? */
export const isSuperAdmin = (user: { roles?: { code?: string }[] } | null | undefined): boolean =>
  (user?.roles ?? []).some((r) => r?.code === 'strapi-super-admin');

/** A stored attachment's size in kB (1024 bytes), one decimal, rounded up so that no file shows as 0 kB. */
export const sizeInKb = (bytes: number): number => (bytes > 0 ? Math.ceil(bytes / 102.4) / 10 : 0);
