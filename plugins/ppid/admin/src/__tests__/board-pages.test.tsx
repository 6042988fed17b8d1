/**
 * The stage board in pages (issue 12 point 9): each column shows the server's count and first page,
 * offers "Muat lebih banyak" while cards remain, and appends further pages from
 * GET /ppid/workflow/board/column without showing a card twice. The page is rendered to HTML
 * (react-dom/server) with a fixture shaped like the admin API; the column's paging is a pure function.
 */
import type { BoardColumnResponse, BoardItem, BoardResponse } from '../api/types';
import App from '../pages/App';
import { columnPages, columnPageUrl } from '../utils/boardColumn';
import { api, everyAction, renderPlugin, setUpHarness, text, type Locale } from '../../tests/harness';

jest.mock('@strapi/strapi/admin', () => require('../../tests/harness').strapiAdminStub, { virtual: true });
jest.mock('../hooks/useGet', () => require('../../tests/harness').useGetStub);

const renderBoard = (locale: Locale) => renderPlugin(App, 'board', { locale });

setUpHarness({ signedIn: { actions: everyAction.filter((action) => action !== 'organisation.read') } });

const card = (n: number): BoardItem => ({ documentId: `doc-${n}`, title: `Pengumuman ${n}`, unit: null, enteredAt: '2026-12-01T01:00:00.000Z', dueAt: '2030-01-01T01:00:00.000Z', overdue: false });
const page = (numbers: number[], p: number, total: number): BoardColumnResponse => ({ data: numbers.map(card), meta: { pagination: { page: p, pageSize: 3, pageCount: Math.ceil(total / 3), total } } });

describe('a board column in pages', () => {
  const first = { items: [1, 2, 3].map(card), pagination: { page: 1, pageSize: 3, pageCount: 3, total: 7 } };

  it('asks for page 2 after the first page, with the cards left', () => {
    const pages = columnPages(first, []);
    expect(pages.items.map((i) => i.documentId)).toEqual(['doc-1', 'doc-2', 'doc-3']);
    expect(pages).toMatchObject({ total: 7, nextPage: 2, remaining: 4 });
  });

  it('appends further pages in order, a card that moved between pages shown once', () => {
    const pages = columnPages(first, [page([3, 4, 5], 2, 7)]);
    expect(pages.items.map((i) => i.documentId)).toEqual(['doc-1', 'doc-2', 'doc-3', 'doc-4', 'doc-5']);
    expect(pages).toMatchObject({ total: 7, nextPage: 3, remaining: 2 });
  });

  it('stops when the last page is in, and follows the server\'s latest count', () => {
    expect(columnPages(first, [page([4, 5, 6], 2, 7), page([7], 3, 7)])).toMatchObject({ total: 7, nextPage: null, remaining: 0 });
    // One card left the stage meanwhile: the count drops to 6 and page 2 is the last.
    const shrunk = columnPages(first, [page([5, 6, 7], 2, 6)]);
    expect(shrunk).toMatchObject({ total: 6, nextPage: null, remaining: 0 });
    expect(shrunk.items).toHaveLength(6);
    expect(columnPages({ items: [], pagination: { page: 1, pageSize: 3, pageCount: 1, total: 0 } }, [])).toEqual({ items: [], total: 0, nextPage: null, remaining: 0 });
  });

  it('asks the column route for one stage of one workflow version', () => {
    expect(columnPageUrl({ type: 'announcement', workflow: 'pengumuman-diskominfo-kalbar', version: 2, stage: 'review_kabid', pageSize: 20 }, 3)).toBe(
      '/ppid/workflow/board/column?type=announcement&workflow=pengumuman-diskominfo-kalbar&version=2&stage=review_kabid&page=3&pageSize=20'
    );
  });
});

describe('the board page', () => {
  beforeEach(() => {
    const board: BoardResponse = {
      data: {
        type: 'announcement',
        workflows: [
          {
            key: 'pengumuman-diskominfo-kalbar',
            version: 2,
            name: { id: 'Pengumuman', en: 'Announcing' },
            stages: [
              { key: 'disposition', name: { id: 'Disposisi', en: 'Disposition' }, kind: 'work', actor: 'kabid', count: 1000, items: [1, 2, 3].map(card), pagination: { page: 1, pageSize: 20, pageCount: 50, total: 1000 } },
              { key: 'drafting', name: { id: 'Penyusunan konsep', en: 'Drafting' }, kind: 'work', actor: 'fungsional', count: 2, items: [4, 5].map(card), pagination: { page: 1, pageSize: 20, pageCount: 1, total: 2 } },
            ],
          },
        ],
      },
    };
    api.answer('/ppid/workflow/board?type=announcement&pageSize=20', board);
  });

  it('shows each column\'s count from the server and offers the rest (Indonesian)', () => {
    const body = text(renderBoard('id'));
    expect(body).toContain('Disposisi 1.000 item');
    expect(body).toContain('Menampilkan 3 dari 1.000');
    expect(body).toContain('Muat lebih banyak (997 lagi)');
    expect(body).toContain('Penyusunan konsep 2 item');
    expect(body).not.toContain('Menampilkan 2 dari 2');
    expect(body.match(/Muat lebih banyak/g)).toHaveLength(1);
  });

  it('reads the same in English', () => {
    const body = text(renderBoard('en'));
    expect(body).toContain('1,000 items');
    expect(body).toContain('Showing 3 of 1,000');
    expect(body).toContain('Load more (997 left)');
    expect(body.match(/Load more/g)).toHaveLength(1);
  });
});
