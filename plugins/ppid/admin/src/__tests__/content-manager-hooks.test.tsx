/**
 * The plugin's Content Manager hooks (issue 12 point 2): the list view of a type a workflow carries
 * gets the review stage and due columns, whose cells of one page share one request
 * (utils/stageBatch.ts) and read like the inbox (Indonesian stage name, "Tenggat 2 jam lagi",
 * Terlambat); the edit view's help texts follow the admin's language. Rendered to HTML
 * (react-dom/server) in Indonesian and English.
 */
import type { ReactElement, ReactNode } from 'react';

import type { ItemStage } from '../api/stages';
import { addStageColumns } from '../contentManager/stageColumns';
import { translateHelpTexts } from '../contentManager/helpTexts';
import { StageCell, StageCellView } from '../components/StageCell';
import { createStageBatcher } from '../utils/stageBatch';
import { HELP_TEXTS } from '../../../shared/help-texts';
import { renderPage, text, type Locale } from '../../tests/harness';

jest.mock('@strapi/strapi/admin', () => require('../../tests/harness').strapiAdminStub, { virtual: true });

const html = (node: ReactNode, locale: Locale = 'id') => text(renderPage(node, { locale })).trim();

const DISPOSISI: ItemStage = {
  stageKey: 'disposisi',
  stageName: { id: 'Disposisi Kepala Bidang', en: 'Disposition by the head of division' },
  dueAt: null,
  overdue: false,
};
const done = (stage: ItemStage | null) => ({ status: 'done' as const, stage });
const TITLE = { name: 'title', label: 'title', attribute: { type: 'string' } };

describe('the stage and due columns of the list view', () => {
  it('adds two columns after the displayed ones for a type a workflow carries', () => {
    const layout = { options: { draftAndPublish: true, ppid: { type: 'announcement', workflow: true } } };
    const out = addStageColumns({ displayedHeaders: [TITLE], layout });
    expect(out.layout).toBe(layout);
    expect(out.displayedHeaders.map((h) => [h.name, h.label, h.sortable, h.searchable])).toEqual([
      ['title', 'title', undefined, undefined],
      ['ppid_stage', { id: 'ppid.cm.column.stage', defaultMessage: 'Review stage' }, false, false],
      ['ppid_due', { id: 'ppid.cm.column.due', defaultMessage: 'Due' }, false, false],
    ]);
    const cell = out.displayedHeaders[1].cellFormatter!({ documentId: 'doc-1' }, {}, { model: 'plugin::ppid.announcement' }) as ReactElement;
    expect(cell.type).toBe(StageCell);
    expect(cell.props).toEqual({ model: 'plugin::ppid.announcement', documentId: 'doc-1', column: 'stage' });
  });

  it.each([
    ['a ppid type without workflow', { ppid: { type: 'unit' } }],
    ['another plugin\'s type', { draftAndPublish: true }],
    ['a layout without options', undefined],
  ])('leaves the headers of %s unchanged', (_what, options) => {
    const displayedHeaders = [TITLE];
    expect(addStageColumns({ displayedHeaders, layout: { options } }).displayedHeaders).toBe(displayedHeaders);
  });

  it('names the stage in the admin\'s language, as the inbox does', () => {
    expect(html(<StageCellView state={done(DISPOSISI)} column="stage" />, 'id')).toBe('Disposisi Kepala Bidang');
    expect(html(<StageCellView state={done(DISPOSISI)} column="stage" />, 'en')).toBe("Disposition by the head of division");
  });

  it('shows the due time relative to now, with the overdue badge when late', () => {
    const soon = new Date(Date.now() + 2 * 3600_000 + 5 * 60_000).toISOString();
    expect(html(<StageCellView state={done({ ...DISPOSISI, dueAt: soon })} column="due" />, 'id')).toBe('Tenggat 2 jam lagi');
    expect(html(<StageCellView state={done({ ...DISPOSISI, dueAt: soon })} column="due" />, 'en')).toBe('Due in 2 hr');
    const late = new Date(Date.now() - 3 * 3600_000).toISOString();
    expect(html(<StageCellView state={done({ ...DISPOSISI, dueAt: late, overdue: true })} column="due" />, 'id')).toBe('Terlambat 3 jam Terlambat');
    expect(html(<StageCellView state={done({ ...DISPOSISI, dueAt: late, overdue: true })} column="due" />, 'en')).toBe('3 hr late Overdue');
  });

  it('shows a dash for an item without a workflow (or not readable) and a finished stage\'s due time', () => {
    expect(html(<StageCellView state={done(null)} column="stage" />)).toBe('-');
    expect(html(<StageCellView state={done(null)} column="due" />)).toBe('-');
    expect(html(<StageCellView state={done(DISPOSISI)} column="due" />)).toBe('-');
    expect(html(<StageCellView state={{ status: 'loading' }} column="stage" />)).toBe('Memuat…');
    expect(html(<StageCellView state={{ status: 'error' }} column="due" />, 'en')).toBe('Not available');
  });

  it('renders a loading cell until the page\'s answer arrives', () => {
    expect(html(<StageCell model="plugin::ppid.announcement" documentId="doc-1" column="stage" />)).toBe('Memuat…');
  });
});

describe('one request per list page (createStageBatcher)', () => {
  const tick = () => new Promise((r) => setTimeout(r, 5));

  it('asks once for every row of the page and both columns of a row, keyed by documentId', async () => {
    const fetchPage = jest.fn(async (_type: string, ids: string[]) => ({ [ids[0]]: DISPOSISI }));
    const batcher = createStageBatcher(fetchPage);
    const answers = Promise.all([batcher.load('announcement', 'a'), batcher.load('announcement', 'b'), batcher.load('announcement', 'a'), batcher.load('announcement', 'c')]);
    await expect(answers).resolves.toEqual([DISPOSISI, null, DISPOSISI, null]);
    expect(fetchPage.mock.calls).toEqual([['announcement', ['a', 'b', 'c']]]);
  });

  it('splits more ids than a page holds into requests of 100, one per type', async () => {
    const fetchPage = jest.fn(async (_type: string, _ids: string[]) => ({}));
    const batcher = createStageBatcher(fetchPage);
    const ids = Array.from({ length: 150 }, (_, i) => `d${i}`);
    await Promise.all([...ids.map((i) => batcher.load('dip-entry', i)), batcher.load('announcement', 'x')]);
    expect(fetchPage.mock.calls.map(([type, page]) => [type, page.length])).toEqual([
      ['dip-entry', 100],
      ['dip-entry', 50],
      ['announcement', 1],
    ]);
  });

  it('keeps an answer for a moment only, and asks again after a failure', async () => {
    let clock = 0;
    const fetchPage = jest.fn(async () => ({ a: DISPOSISI }));
    const batcher = createStageBatcher(fetchPage, { ttlMs: 2000, now: () => clock });
    await batcher.load('announcement', 'a');
    clock = 1999;
    await batcher.load('announcement', 'a');
    expect(fetchPage).toHaveBeenCalledTimes(1);
    clock = 2000;
    await batcher.load('announcement', 'a');
    expect(fetchPage).toHaveBeenCalledTimes(2);

    const failing = jest.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue({ a: DISPOSISI });
    const other = createStageBatcher(failing, { now: () => clock });
    await expect(other.load('announcement', 'a')).rejects.toThrow('offline');
    await tick();
    await expect(other.load('announcement', 'a')).resolves.toEqual(DISPOSISI);
    expect(failing).toHaveBeenCalledTimes(2);
  });
});

describe('help texts in the admin\'s language', () => {
  const slug = HELP_TEXTS.announcement.slug;
  const layoutWith = (hint: string | undefined, type = 'announcement') => ({
    layout: [[[{ name: 'slug', hint }, { name: 'title', hint: undefined }]]],
    options: { ppid: { type } },
  });
  const hintOf = (out: ReturnType<typeof translateHelpTexts>) => out.layout.layout[0][0][0].hint as ReactNode;

  it('shows the stored Indonesian help text in Indonesian or English, as the admin speaks', () => {
    const out = translateHelpTexts({ layout: layoutWith(slug.id), query: {} });
    expect(html(hintOf(out), 'id')).toBe(slug.id);
    expect(html(hintOf(out), 'en')).toBe('Made from the title when saved; change it only if the page address must differ.');
    expect(out.layout.layout[0][0][1]).toEqual({ name: 'title', hint: undefined });
  });

  it('keeps a description the agency rewrote, and other types\' hints, as written', () => {
    const rewritten = layoutWith('Alamat halaman menurut kebijakan dinas.');
    expect(hintOf(translateHelpTexts({ layout: rewritten }))).toBe('Alamat halaman menurut kebijakan dinas.');
    const notOurs = { layout: [[[{ name: 'slug', hint: slug.id }]]], options: {} };
    expect(translateHelpTexts({ layout: notOurs }).layout).toBe(notOurs);
  });

  it('has an English text for every Indonesian one', () => {
    for (const fields of Object.values(HELP_TEXTS)) {
      for (const text of Object.values(fields)) {
        expect(text.id.length).toBeGreaterThan(10);
        expect(text.en.length).toBeGreaterThan(10);
        expect(text.en).not.toBe(text.id);
      }
    }
  });
});
