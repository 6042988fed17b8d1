/**
 * The proof form's time fields (issue 12 point 5): a date as dd/mm/yyyy and a 24-hour time labelled
 * with the agency's zone ("WIB"), in an English admin as in an Indonesian one; no datetime-local
 * input, whose display follows the browser's locale (AM/PM in en-US). Rendered to HTML.
 */
import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { DesignSystemProvider } from '@strapi/design-system';

import en from '../translations/en.json';
import id from '../translations/id.json';

jest.mock(
  '@strapi/strapi/admin',
  () => ({
    useFetchClient: () => ({ get: jest.fn(() => new Promise(() => undefined)), post: jest.fn() }),
    useNotification: () => ({ toggleNotification: jest.fn() }),
  }),
  { virtual: true }
);

// eslint-disable-next-line import/first
import { ProofTimeFields } from '../panel/ProofSection';
// eslint-disable-next-line import/first
import { splitZonedInput, toZonedInput } from '../utils/zonedTime';

const prefixed = (messages: Record<string, string>) => Object.fromEntries(Object.entries(messages).map(([k, v]) => [`ppid.${k}`, v]));
const text = (html: string) => html.replace(/<!-- -->/g, '').replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

const consoleError = console.error;
beforeAll(() => {
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].includes('useLayoutEffect does nothing on the server')) return;
    consoleError(...args);
  });
});
afterAll(() => jest.restoreAllMocks());

const render = (locale: 'en' | 'id', zone = 'Asia/Jakarta', error?: string) => {
  // 20:15 UTC is 03:15 the next morning in WIB: the fields show the agency's wall clock.
  const { date, time } = splitZonedInput(toZonedInput(new Date('2026-12-05T20:15:00Z'), zone));
  return renderToString(
    <IntlProvider locale={locale} messages={prefixed(locale === 'id' ? id : en)} onError={(e) => { throw e; }}>
      <DesignSystemProvider locale={locale}>
        <ProofTimeFields date={date} time={time} zone={zone} error={error} onChange={() => undefined} />
      </DesignSystemProvider>
    </IntlProvider>
  );
};

describe('the proof form time fields', () => {
  it('shows dd/mm/yyyy and a 24-hour time on the WIB clock in Indonesian', () => {
    const html = render('id');
    const body = text(html);
    expect(body).toContain('Tampil di kanal');
    expect(body).toContain('Tanggal (hh/bb/tttt)');
    expect(body).toContain('Jam (WIB, 24 jam)');
    expect(body).toContain('Tanggal dan jam tampil, WIB');
    expect(html).toContain('value="06/12/2026"');
    expect(html).toContain('value="03:15"');
    expect(html).not.toContain('datetime-local');
  });

  it('keeps the same format and the zone name in an English admin', () => {
    const html = render('en');
    const body = text(html);
    expect(body).toContain('Date (dd/mm/yyyy)');
    expect(body).toContain('Time (WIB, 24-hour)');
    expect(html).toContain('value="06/12/2026"');
    expect(html).toContain('value="03:15"');
    expect(html).not.toMatch(/AM|PM/);
    expect(html).not.toContain('datetime-local');
  });

  it("follows the agency's zone (WITA) and shows the form's problem", () => {
    const html = render('id', 'Asia/Makassar', 'Isi tanggal sebagai hh/bb/tttt dan jam sebagai jj:mm (24 jam).');
    expect(text(html)).toContain('Jam (WITA, 24 jam)');
    expect(html).toContain('value="04:15"');
    expect(text(html)).toContain('Isi tanggal sebagai hh/bb/tttt dan jam sebagai jj:mm (24 jam).');
  });
});
