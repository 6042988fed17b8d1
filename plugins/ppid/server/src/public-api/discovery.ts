/**
 * Feeds and discovery for the public website: an Atom feed of announcements (all, or one class),
 * a sitemap of public items and pages, robots.txt. Built with the `feed` and `sitemap` libraries
 * (no XML by string concatenation). Pure builders: the service passes rows already serialised.
 */
// `feed` is an ES module only: Node 20.19+ loads it through require(); jest compiles it (jest.config.js).
import { Feed } from 'feed';
import { SitemapStream, streamToPromise } from 'sitemap';
import { INFO_CLASSES } from '../domain/constants';

export const CLASS_TITLES: Record<(typeof INFO_CLASSES)[number], string> = {
  berkala: 'Informasi Berkala',
  serta_merta: 'Informasi Serta Merta',
  setiap_saat: 'Informasi Tersedia Setiap Saat',
};

export interface FeedAnnouncement {
  documentId: string;
  slug: string;
  title: string;
  summary: string | null;
  class: string;
  unit: { code: string; name: string } | null;
  publishedAt: string | null;
  updatedAt: string | null;
}

/** Where the reference page (public/index.html; Strapi redirects `/` to the admin) shows one announcement. */
export const announcementPage = (site: string, slug: string) => `${site}/index.html?pengumuman=${encodeURIComponent(slug)}`;

export function announcementsAtom(site: string, items: FeedAnnouncement[], infoClass?: string): string {
  const classTitle = infoClass ? CLASS_TITLES[infoClass as keyof typeof CLASS_TITLES] : undefined;
  const self = `${site}/api/ppid/feeds/announcements${infoClass ? `/${infoClass}` : ''}`;
  const updated = items.reduce<Date>((max, i) => {
    const d = new Date(i.updatedAt ?? i.publishedAt ?? 0);
    return d > max ? d : max;
  }, new Date(0));
  const feed = new Feed({
    id: self,
    title: classTitle ? `Pengumuman PPID: ${classTitle}` : 'Pengumuman PPID',
    description: 'Informasi publik yang diumumkan PPID (UU 14/2008).',
    link: `${site}/index.html`,
    language: 'id',
    updated,
    generator: 'PPID plugin for Strapi',
    copyright: 'Informasi publik (UU 14/2008)',
    feedLinks: { atom: self },
  });
  for (const item of items) {
    const link = announcementPage(site, item.slug);
    feed.addItem({
      id: `${site}/api/ppid/announcements/${item.documentId}`,
      title: item.title,
      link,
      description: item.summary ?? undefined,
      date: new Date(item.updatedAt ?? item.publishedAt ?? 0),
      published: item.publishedAt ? new Date(item.publishedAt) : undefined,
      category: [{ term: item.class, name: CLASS_TITLES[item.class as keyof typeof CLASS_TITLES] ?? item.class }],
      author: item.unit ? [{ name: item.unit.name }] : undefined,
    });
  }
  return feed.atom1();
}

export interface SitemapEntry {
  url: string;
  lastmod?: string | null;
  changefreq?: 'daily' | 'weekly' | 'monthly';
}

export async function sitemapXml(site: string, entries: SitemapEntry[]): Promise<string> {
  const stream = new SitemapStream({ hostname: `${site}/` });
  for (const e of entries) {
    stream.write({ url: e.url, ...(e.lastmod ? { lastmod: e.lastmod } : {}), ...(e.changefreq ? { changefreq: e.changefreq } : {}) });
  }
  stream.end();
  return (await streamToPromise(stream)).toString('utf8');
}

/** The reference page's own sections, listed in the sitemap besides the announcements. */
export const PAGES = ['/index.html', '/index.html?bagian=dip', '/index.html?bagian=dikecualikan', '/index.html?bagian=sop'];

export function robotsTxt(site: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Disallow: /ppid/',
    '',
    `Sitemap: ${site}/sitemap.xml`,
    '',
  ].join('\n');
}
