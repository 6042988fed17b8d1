/**
 * The dev mailbox page's mail detail rendered to HTML (react-dom/server), in Indonesian and English:
 * the attachments a kept mail carried (name, type, size in kB) above its text, and none for a mail
 * without any.
 */
import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { DesignSystemProvider } from '@strapi/design-system';

import type { DevMail } from '../api/types';
import en from '../translations/en.json';
import id from '../translations/id.json';

jest.mock('@strapi/strapi/admin', () => ({ useFetchClient: () => ({ get: jest.fn(() => new Promise(() => undefined)) }) }), { virtual: true });

// eslint-disable-next-line import/first
import { MailBody } from '../pages/DevMailboxPage';

const prefixed = (messages: Record<string, string>) => Object.fromEntries(Object.entries(messages).map(([k, v]) => [`ppid.${k}`, v]));
const render = (mail: DevMail, locale: 'en' | 'id') =>
  renderToString(
    <IntlProvider locale={locale} messages={prefixed(locale === 'id' ? id : en)} onError={(e) => { throw e; }}>
      <DesignSystemProvider locale={locale}>
        <MailBody mail={mail} />
      </DesignSystemProvider>
    </IntlProvider>
  );
const text = (html: string) => html.replace(/<!-- -->/g, '').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

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

const consoleError = console.error;
beforeAll(() => {
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].includes('useLayoutEffect does nothing on the server')) return;
    consoleError(...(args as Parameters<typeof console.error>));
  });
});

describe("dev mailbox: a mail's attachments", () => {
  const files = [
    { filename: 'pemberitahuan-tertulis-REQ-2026-00017-K7QH.pdf', contentType: 'application/pdf', size: 2560 },
    { filename: 'catatan.bin', contentType: null, size: 100 },
  ];

  it('lists each file with its name, type and size in kB, in Indonesian, before the text', () => {
    expect(text(render(mail(files), 'id'))).toBe(
      'Lampiran Nama berkas Jenis Ukuran pemberitahuan-tertulis-REQ-2026-00017-K7QH.pdf application/pdf 2,5 kB catatan.bin tidak diketahui 0,1 kB Versi teks Yth. Siti Aminah,'
    );
  });

  it('in English', () => {
    expect(text(render(mail(files), 'en'))).toBe(
      'Attachments File name Type Size pemberitahuan-tertulis-REQ-2026-00017-K7QH.pdf application/pdf 2.5 kB catatan.bin unknown 0.1 kB Text version Yth. Siti Aminah,'
    );
  });

  it('shows no attachment part for a mail without files', () => {
    for (const attachments of [[], undefined]) {
      const html = text(render(mail(attachments), 'id'));
      expect(html).toBe('Versi teks Yth. Siti Aminah,');
    }
  });
});
