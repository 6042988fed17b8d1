/**
 * The dev mailbox page's mail detail rendered to HTML (react-dom/server), in Indonesian and English:
 * the attachments a kept mail carried (name, type, size in kB) above its text, and none for a mail
 * without any.
 */
import type { DevMail } from '../api/types';
import { MailBody } from '../pages/DevMailboxPage';
import { renderPage, setUpHarness, text, type Locale } from '../../tests/harness';

jest.mock('@strapi/strapi/admin', () => require('../../tests/harness').strapiAdminStub, { virtual: true });

const render = (mail: DevMail, locale: Locale) => renderPage(<MailBody mail={mail} />, { locale });
const words = (html: string) => text(html).trim();

setUpHarness();

const mail = (attachments: DevMail['attachments']): DevMail => ({
  id: 7,
  to: 'warga@contoh.id',
  subject: '[PPID] Pemberitahuan tertulis atas permohonan REQ-2026-00017-K7QH',
  text: 'Yth. Siti Aminah,',
  html: '',
  template: 'requester-notice',
  notificationId: 3,
  attachments,
  createdAt: '2026-08-20T03:00:00.000Z',
});

describe("dev mailbox: a mail's attachments", () => {
  const files = [
    { filename: 'pemberitahuan-tertulis-REQ-2026-00017-K7QH.pdf', contentType: 'application/pdf', size: 2560 },
    { filename: 'catatan.bin', contentType: null, size: 100 },
  ];

  it('lists each file with its name, type and size in kB, in Indonesian, before the text', () => {
    expect(words(render(mail(files), 'id'))).toBe(
      'Lampiran Nama berkas Jenis Ukuran pemberitahuan-tertulis-REQ-2026-00017-K7QH.pdf application/pdf 2,5 kB catatan.bin tidak diketahui 0,1 kB Versi teks Yth. Siti Aminah,'
    );
  });

  it('in English', () => {
    expect(words(render(mail(files), 'en'))).toBe(
      'Attachments File name Type Size pemberitahuan-tertulis-REQ-2026-00017-K7QH.pdf application/pdf 2.5 kB catatan.bin unknown 0.1 kB Text version Yth. Siti Aminah,'
    );
  });

  it('shows no attachment part for a mail without files', () => {
    for (const attachments of [[], undefined]) {
      const html = words(render(mail(attachments), 'id'));
      expect(html).toBe('Versi teks Yth. Siti Aminah,');
    }
  });
});
