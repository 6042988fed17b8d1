import * as fs from 'fs';
import * as path from 'path';

import { errorMessage, errorStatus, formatPath, validationProblems } from '../utils/errors';
import { editViewPath, workflowTypeOf } from '../utils/paths';
import { withoutPublishForWorkflowTypes } from '../utils/publishActions';
import { formatLate, formatRelative, relativeParts, splitMinutes } from '../utils/time';
import en from '../translations/en.json';
import id from '../translations/id.json';

describe('relative time', () => {
  const now = new Date('2026-01-01T10:00:00Z');
  it('picks minutes, hours or days', () => {
    expect(relativeParts(new Date('2026-01-01T10:20:00Z'), now)).toEqual({ value: 20, unit: 'minute' });
    expect(relativeParts(new Date('2026-01-01T12:00:00Z'), now)).toEqual({ value: 2, unit: 'hour' });
    expect(relativeParts(new Date('2026-01-01T07:00:00Z'), now)).toEqual({ value: -3, unit: 'hour' });
    expect(relativeParts(new Date('2026-01-04T10:00:00Z'), now)).toEqual({ value: 3, unit: 'day' });
  });
  it('formats in the admin locale and tolerates missing dates', () => {
    expect(formatRelative('2026-01-01T12:00:00Z', 'en', now)).toBe('in 2 hr');
    expect(formatRelative('2026-01-01T12:00:00Z', 'id', now)).toBe('2 jam lagi');
    expect(formatRelative(null, 'en', now)).toBeNull();
    expect(formatRelative('not a date', 'en', now)).toBeNull();
  });
  it('reads naturally in Indonesian: "baru saja", "2 jam lagi", "3 hari yang lalu"', () => {
    const at = (iso: string) => formatRelative(iso, 'id', now);
    expect(at('2026-01-01T10:00:00Z')).toBe('baru saja');
    expect(at('2026-01-01T09:59:01Z')).toBe('baru saja');
    expect(at('2026-01-01T10:00:59Z')).toBe('kurang dari 1 menit lagi');
    expect(at('2026-01-01T09:59:00Z')).toBe('1 menit yang lalu');
    expect(at('2026-01-01T09:55:00Z')).toBe('5 menit yang lalu');
    expect(at('2026-01-01T10:20:00Z')).toBe('20 menit lagi');
    expect(at('2026-01-01T12:00:00Z')).toBe('2 jam lagi');
    expect(at('2026-01-01T07:00:00Z')).toBe('3 jam yang lalu');
    expect(at('2025-12-29T10:00:00Z')).toBe('3 hari yang lalu');
    expect(at('2026-01-02T12:00:00Z')).toBe('26 jam lagi');
    expect(at('2026-01-04T10:00:00Z')).toBe('3 hari lagi');
    expect(at('2028-09-27T10:00:00Z')).toBe('1.000 hari lagi');
    expect(formatRelative('2026-01-01T09:59:30Z', 'id-ID', now)).toBe('baru saja');
  });
  it('reads naturally in English: "just now", "in 2 hr", "3 days ago"', () => {
    const at = (iso: string) => formatRelative(iso, 'en', now);
    expect(at('2026-01-01T09:59:30Z')).toBe('just now');
    expect(at('2026-01-01T10:00:30Z')).toBe('in under a minute');
    expect(at('2026-01-01T09:55:00Z')).toBe('5 min ago');
    expect(at('2026-01-01T07:00:00Z')).toBe('3 hr ago');
    expect(at('2025-12-29T10:00:00Z')).toBe('3 days ago');
    expect(at('2026-01-04T10:00:00Z')).toBe('in 3 days');
    expect(at('2028-09-27T10:00:00Z')).toBe('in 1,000 days');
  });
  it('says how late an item is: "terlambat 2 hari", "2 days late"; nothing before it is due', () => {
    expect(formatLate('2025-12-30T10:00:00Z', 'id', now)).toBe('terlambat 2 hari');
    expect(formatLate('2025-12-30T10:00:00Z', 'en', now)).toBe('2 days late');
    expect(formatLate('2026-01-01T07:00:00Z', 'id', now)).toBe('terlambat 3 jam');
    expect(formatLate('2026-01-01T09:15:00Z', 'id', now)).toBe('terlambat 45 menit');
    expect(formatLate('2025-12-31T10:00:00Z', 'en', now)).toBe('24 hr late');
    expect(formatLate('2026-01-01T09:59:40Z', 'id', now)).toBe('terlambat kurang dari 1 menit');
    expect(formatLate('2026-01-01T10:00:01Z', 'id', now)).toBeNull();
    expect(formatLate(null, 'id', now)).toBeNull();
    expect(formatLate('not a date', 'en', now)).toBeNull();
  });
  it('splits working minutes', () => {
    expect(splitMinutes(125)).toEqual({ hours: 2, minutes: 5 });
    expect(splitMinutes(-4)).toEqual({ hours: 0, minutes: 0 });
  });
});

describe('errors from useFetchClient', () => {
  const fetchError = Object.assign(new Error('Bad Request'), {
    status: 400,
    response: {
      data: {
        error: {
          message: 'The workflow definition is not valid',
          details: { errors: [{ path: ['stages', 2, 'actor'], message: 'unknown position' }, { path: [], message: 'whole' }] },
        },
      },
    },
  });
  it('reads the server message, status and every problem with its path', () => {
    expect(errorMessage(fetchError)).toBe('The workflow definition is not valid');
    expect(errorStatus(fetchError)).toBe(400);
    expect(validationProblems(fetchError)).toEqual([
      { path: ['stages', 2, 'actor'], message: 'unknown position' },
      { path: [], message: 'whole' },
    ]);
    expect(formatPath(['stages', 2, 'actor'])).toBe('stages[2].actor');
    expect(formatPath([])).toBe('');
  });
  it('falls back for errors without a body', () => {
    expect(errorMessage(new Error('offline'))).toBe('offline');
    expect(errorMessage('x')).toBeUndefined();
    expect(validationProblems(new Error('x'))).toEqual([]);
  });
});

describe('paths', () => {
  it('links to the Content Manager edit view and recognises the workflow content types', () => {
    expect(editViewPath('dip-entry', 'abc')).toBe('/content-manager/collection-types/plugin::ppid.dip-entry/abc');
    expect(workflowTypeOf('plugin::ppid.announcement')).toBe('announcement');
    expect(workflowTypeOf('plugin::ppid.unit')).toBeNull();
    expect(workflowTypeOf('api::article.article')).toBeNull();
  });
});

describe('translations', () => {
  const sources: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== '__tests__') walk(full);
      else if (/\.tsx?$/.test(entry.name)) sources.push(fs.readFileSync(full, 'utf8'));
    }
  };
  walk(path.resolve(__dirname, '..'));

  it('has the same keys in Indonesian and English', () => {
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
  });

  it('has every key the code uses, with the code default equal to the English text', () => {
    const used = new Map<string, string>();
    const pattern = /\bt\(\s*'([^'$]+)',\s*'((?:[^'\\]|\\.)*)'/g;
    for (const source of sources) for (const m of source.matchAll(pattern)) used.set(m[1], m[2]);
    expect(used.size).toBeGreaterThan(100);
    for (const [key, defaultMessage] of used) {
      expect({ key, text: (en as Record<string, string>)[key] }).toEqual({ key, text: defaultMessage });
    }
  });

  it('labels every position in both languages', () => {
    const positions = ['kepala', 'sekretaris', 'kabid', 'sub_koordinator', 'fungsional', 'ketua_ppid', 'ppid_utama', 'ppid_pelaksana', 'ppid_pembantu', 'operator', 'web_developer'];
    for (const p of positions) {
      expect((en as Record<string, string>)[`position.${p}`]).toBeTruthy();
      expect((id as Record<string, string>)[`position.${p}`]).toBeTruthy();
    }
    expect((id as Record<string, string>)['position.kepala']).toBe('Kepala Dinas / Atasan PPID');
  });
});

describe('withoutPublishForWorkflowTypes', () => {
  const action = (type: string) => Object.assign((props: { model: string }) => ({ label: `${type} ${props.model}` }), { type, position: ['panel'] });
  const [publish, unpublish, discard] = withoutPublishForWorkflowTypes([action('publish'), action('unpublish'), action('discard')]);

  it('leaves the Content Manager publish out for workflow types only, keeping its type and position', () => {
    expect(publish({ model: 'plugin::ppid.announcement' })).toBeNull();
    expect(publish({ model: 'plugin::ppid.dip-entry' })).toBeNull();
    expect(publish({ model: 'plugin::ppid.unit' })).toEqual({ label: 'publish plugin::ppid.unit' });
    expect(publish({ model: 'api::article.article' })).toEqual({ label: 'publish api::article.article' });
    expect([publish.type, publish.position]).toEqual(['publish', ['panel']]);
  });
  it('leaves Unpublish out too for workflow types (taking offline is a workflow step)', () => {
    expect(unpublish({ model: 'plugin::ppid.announcement' })).toBeNull();
    expect(unpublish({ model: 'plugin::ppid.unit' })).toEqual({ label: 'unpublish plugin::ppid.unit' });
  });
  it('does not touch the other actions', () => {
    expect(discard({ model: 'plugin::ppid.announcement' })).toEqual({ label: 'discard plugin::ppid.announcement' });
  });
});

describe('organisation page helpers', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { changedFields, changesUrl } = require('../utils/organisation');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { formatDay } = require('../utils/time');

  it('names the fields an update changed, and every field of a creation or deletion, bookkeeping left out', () => {
    expect(changedFields({ endsOn: null, position: 'operator', updatedAt: 'x' }, { endsOn: '2026-06-30', position: 'operator', updatedAt: 'y' })).toEqual(['endsOn']);
    expect(changedFields(null, { unit: 'seksi', position: 'operator', id: 4 })).toEqual(['position', 'unit']);
    expect(changedFields({ user: { id: 3 } }, null)).toEqual(['user']);
    expect(changedFields({ user: { id: 3 } }, { user: { id: 3 } })).toEqual([]);
    expect(changesUrl(2)).toBe('/ppid/organisation/changes?page=2&pageSize=20');
  });

  it('formats an agency date without shifting it into the browser zone', () => {
    expect(formatDay('2026-12-05', 'id-ID')).toBe('5 Des 2026');
    expect(formatDay('2026-01-31T00:00:00.000Z', 'en-GB')).toBe('31 Jan 2026');
    expect(formatDay('not a date', 'id-ID')).toBeNull();
    expect(formatDay(null, 'id-ID')).toBeNull();
  });
});

describe("times in the agency's zone", () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { formatDateTime: format, zoneName } = require('../utils/time');
  const at = '2026-12-05T03:00:00Z';

  it('shows a moment in the agency zone with its name, whatever the browser zone', () => {
    expect(format(at, 'id-ID', 'Asia/Jakarta')).toBe('5 Des 2026, 10.00 WIB');
    expect(format(at, 'id-ID', 'Asia/Makassar')).toBe('5 Des 2026, 11.00 WITA');
    expect(format('2026-12-05T18:30:00Z', 'id-ID', 'Asia/Jayapura')).toBe('6 Des 2026, 03.30 WIT');
    expect(zoneName(new Date(at), 'en-GB', 'Asia/Jakarta')).toBe('GMT+7');
  });

  it('gives null for a missing or invalid moment', () => {
    expect(format(null, 'id-ID', 'Asia/Jakarta')).toBeNull();
    expect(format('nonsense', 'id-ID', 'Asia/Jakarta')).toBeNull();
  });
});
