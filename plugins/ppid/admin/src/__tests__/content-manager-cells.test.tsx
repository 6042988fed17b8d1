/**
 * The list views of the plugin's types in the Content Manager (issue 12 point 2): an enumeration
 * column reads as words in the admin's language, from the same messages the plugin registers for the
 * edit view (index.ts `registerTrads`: `enumValueMessages` over enum-values.json and the plugin's
 * words), and a date column short and in the agency's zone. Rendered to text (react-dom/server) in
 * Indonesian and English.
 */
import type { ReactNode } from 'react';

import en from '../translations/en.json';
import id from '../translations/id.json';
import enumValues from '../translations/enum-values.json';
import { enumValueMessages } from '../utils/contentTypeLabels';
import { formatPluginCells } from '../contentManager/listCells';
import { addStageColumns } from '../contentManager/stageColumns';
import { prefixed, renderPage, text as words, type Locale } from '../../tests/harness';

jest.mock('@strapi/strapi/admin', () => require('../../tests/harness').strapiAdminStub, { virtual: true });

/** The messages as the admin holds them after the plugin's registerTrads (raw enum values + prefixed keys). */
const messages = (locale: Locale) => ({ ...enumValueMessages(locale, locale === 'id' ? id : en, enumValues as any), ...prefixed(locale === 'id' ? id : en) });
/** Any missing message fails the test (an unknown value is the one case that allows it). */
const text = (node: unknown, locale: Locale = 'id', missingOk = false) => words(renderPage(node as ReactNode, { locale, messages: messages(locale), missingOk })).trim();

const header = (name: string, type: string, extra: Record<string, unknown> = {}) => ({ name, label: name, attribute: { type }, ...extra });
const HEADERS = [
  header('title', 'string'),
  header('unit', 'relation', { attribute: { type: 'relation', relation: 'manyToOne' }, mainField: { name: 'name', type: 'string' } }),
  header('infoClass', 'enumeration'),
  header('informationDate', 'date'),
  header('updatedAt', 'datetime'),
  header('attachments', 'media'),
  header('publicationRecords', 'relation', { attribute: { type: 'relation', relation: 'oneToMany' }, mainField: { name: 'url', type: 'string' } }),
];
const ANNOUNCEMENTS = { options: { draftAndPublish: true, ppid: { type: 'announcement', workflow: true } }, settings: { mainField: 'title' } };
const META = { model: 'plugin::ppid.announcement' };

const cellOf = (headers: ReturnType<typeof formatPluginCells>['displayedHeaders'], name: string, row: Record<string, unknown>) => {
  const h = headers.find((x) => x.name === name)!;
  return h.cellFormatter!({ documentId: 'doc-1', ...row }, h, META);
};

describe('the list cells of the plugin types', () => {
  it('gives the enumeration, date, text and single relation columns a formatter and leaves the others to the Content Manager', () => {
    const out = formatPluginCells({ displayedHeaders: HEADERS, layout: ANNOUNCEMENTS });
    expect(out.layout).toBe(ANNOUNCEMENTS);
    expect(out.displayedHeaders.map((h) => [h.name, typeof h.cellFormatter])).toEqual([
      ['title', 'function'],
      ['unit', 'function'],
      ['infoClass', 'function'],
      ['informationDate', 'function'],
      ['updatedAt', 'function'],
      ['attachments', 'undefined'],
      ['publicationRecords', 'undefined'],
    ]);
    // Everything else about a header is kept (label, sorting, the attribute); the class column's
    // header is the short word, in the admin's language.
    expect(out.displayedHeaders[1]).toMatchObject(HEADERS[1]);
    expect(out.displayedHeaders[2]).toMatchObject({ ...HEADERS[2], label: { id: 'ppid.cm.column.infoClass', defaultMessage: 'Class' } });
    expect([id['cm.column.infoClass'], en['cm.column.infoClass']]).toEqual(['Klasifikasi', 'Class']);
  });

  it.each([
    ['serta_merta', 'Serta merta', 'Immediate (serta merta)'],
    ['berkala', 'Berkala', 'Periodic (berkala)'],
    ['setiap_saat', 'Setiap saat', 'Available at any time (setiap saat)'],
  ])('shows the class %s as words in Indonesian and English', (value, idWords, enWords) => {
    const { displayedHeaders } = formatPluginCells({ displayedHeaders: HEADERS, layout: ANNOUNCEMENTS });
    expect(text(cellOf(displayedHeaders, 'infoClass', { infoClass: value }), 'id')).toBe(idWords);
    expect(text(cellOf(displayedHeaders, 'infoClass', { infoClass: value }), 'en')).toBe(enWords);
  });

  it('reads other types\' states and the plugin\'s own words for positions from the same messages', () => {
    const layout = { options: { ppid: { type: 'backlog-item', workflow: true } } };
    const { displayedHeaders } = formatPluginCells({ displayedHeaders: [header('state', 'enumeration'), header('position', 'enumeration')], layout });
    expect(text(cellOf(displayedHeaders, 'state', { state: 'in_progress' }), 'id')).toBe('Dikerjakan');
    expect(text(cellOf(displayedHeaders, 'state', { state: 'in_progress' }), 'en')).toBe('In progress');
    expect(text(cellOf(displayedHeaders, 'position', { position: 'kabid' }), 'id')).toBe(id['position.kabid']);
  });

  it('shows an empty value as a dash and an unknown one as stored', () => {
    const { displayedHeaders } = formatPluginCells({ displayedHeaders: HEADERS, layout: ANNOUNCEMENTS });
    expect(text(cellOf(displayedHeaders, 'infoClass', { infoClass: null }))).toBe('-');
    expect(text(cellOf(displayedHeaders, 'infoClass', { infoClass: 'kode_baru' }), 'id', true)).toBe('kode_baru');
    expect(text(cellOf(displayedHeaders, 'informationDate', { informationDate: null }))).toBe('-');
  });

  it('shows dates short and times in the agency\'s zone (WIB), not the weekday-long form', () => {
    const { displayedHeaders } = formatPluginCells({ displayedHeaders: HEADERS, layout: ANNOUNCEMENTS });
    expect(text(cellOf(displayedHeaders, 'informationDate', { informationDate: '2026-12-05' }), 'id')).toBe('5 Des 2026');
    expect(text(cellOf(displayedHeaders, 'informationDate', { informationDate: '2026-12-05' }), 'en')).toBe('Dec 5, 2026');
    // 2026-12-05T17:30Z is 6 December 00.30 in Jakarta (UTC+7).
    expect(text(cellOf(displayedHeaders, 'updatedAt', { updatedAt: '2026-12-05T17:30:00.000Z' }), 'id')).toBe('6 Des 2026, 00.30 WIB');
  });

  it('shows the title as a link to the entry and the unit by its name, both free to wrap', () => {
    const { displayedHeaders } = formatPluginCells({ displayedHeaders: HEADERS, layout: ANNOUNCEMENTS });
    const title = renderPage(cellOf(displayedHeaders, 'title', { title: 'Peringatan Dini Banjir di Kabupaten Sintang' }) as ReactNode, { messages: messages('id') });
    expect(title).toMatch(/<a [^>]*href="\/doc-1"[^>]*>Peringatan Dini Banjir di Kabupaten Sintang<\/a>/);
    expect(title).toMatch(/white-space:normal/);
    expect(text(cellOf(displayedHeaders, 'unit', { unit: { documentId: 'u1', name: 'Bidang Informasi dan Komunikasi Publik' } }))).toBe('Bidang Informasi dan Komunikasi Publik');
    expect(text(cellOf(displayedHeaders, 'unit', { unit: null }))).toBe('-');
    // Only the type's own name links: another text column does not.
    const other = formatPluginCells({ displayedHeaders: [header('summary', 'text')], layout: ANNOUNCEMENTS }).displayedHeaders;
    const summary = renderPage(cellOf(other, 'summary', { summary: 'Ringkasan singkat' }) as ReactNode, { messages: messages('id') });
    expect([summary.includes('Ringkasan singkat'), /<a /.test(summary)]).toEqual([true, false]);
  });

  it('keeps a formatter another hook gave (the stage columns) and every other type\'s headers as they are', () => {
    const withStages = addStageColumns({ displayedHeaders: HEADERS, layout: ANNOUNCEMENTS });
    const out = formatPluginCells(withStages);
    expect(out.displayedHeaders.slice(-2)).toEqual(withStages.displayedHeaders.slice(-2));
    for (const options of [{ draftAndPublish: true }, undefined]) {
      expect(formatPluginCells({ displayedHeaders: HEADERS, layout: { options } }).displayedHeaders).toBe(HEADERS);
    }
  });
});
