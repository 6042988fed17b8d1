/**
 * The proof form's time fields (issue 12 point 5): a date as dd/mm/yyyy and a 24-hour time labelled
 * with the agency's zone ("WIB"), in an English admin as in an Indonesian one; no datetime-local
 * input, whose display follows the browser's locale (AM/PM in en-US). Rendered to HTML.
 */
import { ProofTimeFields } from '../panel/ProofSection';
import { splitZonedInput, toZonedInput } from '../utils/zonedTime';
import { renderPage, setUpHarness, text, type Locale } from '../../tests/harness';

jest.mock('@strapi/strapi/admin', () => require('../../tests/harness').strapiAdminStub, { virtual: true });

setUpHarness();

const render = (locale: Locale, zone = 'Asia/Jakarta', error?: string) => {
  // 20:15 UTC is 03:15 the next morning in WIB: the fields show the agency's wall clock.
  const { date, time } = splitZonedInput(toZonedInput(new Date('2026-12-05T20:15:00Z'), zone));
  return renderPage(<ProofTimeFields date={date} time={time} zone={zone} error={error} onChange={() => undefined} />, { locale });
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
