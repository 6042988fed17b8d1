/**
 * The stage board's paging contract, read by the server (workflow-board service, the board routes'
 * query schemas) and the admin (BoardPage): each column answers one page of cards, the earliest due
 * first, with its count; GET /ppid/workflow/board/column answers a column's further pages.
 */

/** Cards per column when the request does not say. */
export const BOARD_PAGE_SIZE = 20;
/** The most cards one page of a column may hold. */
export const MAX_BOARD_PAGE_SIZE = 100;

/** Strapi's pagination shape, per column. */
export interface BoardPagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

/** The query of GET /ppid/workflow/board/column. */
export interface BoardColumnQuery {
  type: string;
  workflow: string;
  version: number;
  stage: string;
  page: number;
  pageSize: number;
}
