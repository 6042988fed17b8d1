#!/usr/bin/env node
'use strict';
/**
 * `npm run bench:board`: how long the PPID stage board (/admin/plugins/ppid/board, each column paged)
 * takes to become interactive in headless Chromium with 1,000 items on it, against an empty board,
 * in the same run (issue 12 point 9). The same method and setup as the inbox (bench/inbox.js, which
 * measures both by default): a fresh SQLite database, 1,000 announcements at the Kabid's disposisi,
 * alternating rounds after one warm-up each, the ratio printed. Only 127.0.0.1 is contacted.
 *
 * Environment: as bench/inbox.js (BENCH_INBOX_ITEMS, BENCH_INBOX_ROUNDS, BENCH_SKIP_COMPILE, CHROMIUM_PATH).
 */
process.env.BENCH_PAGES = 'board';
require('./inbox.js');
