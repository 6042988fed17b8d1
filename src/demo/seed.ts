/**
 * Demo data for the quick start (PPID_SEED_DEMO=true): one agency, Diskominfo Provinsi Kalimantan
 * Barat, with its units, staff in every position, announcements, the DIP with its excluded
 * information and editions, and the website work of the PPID website SOP.
 *
 * Every write goes through the document service, so the plugin's rules (services/guard.ts) check the
 * demo data as they check an editor's. Idempotent: when the agency exists, nothing is written (only
 * the super admin is ensured). The whole seed runs in one transaction: a failure leaves nothing.
 */
import type { Core } from '@strapi/strapi';
import { makeClock, type Clock } from './clock';
import { demoLogins, loginTable, type LoginRow } from './logins';
import { seedDemoRequests } from './requests';
import { issueDemoReport } from './service-report';
import {
  AGENCY_CODE,
  PEOPLE,
  SITE,
  UNITS,
  announcements,
  assignments,
  backlog,
  dipEntries,
  exclusions,
  halfYear,
  monthBefore,
  monthName,
  type RoleCode,
} from './data';

const P = 'plugin::ppid.';
const TAG = '[ppid demo]';
const DEFAULT_ADMIN_EMAIL = 'admin@ppid.local';
const DEFAULT_ADMIN_PASSWORD = 'Ppid-Demo-2026!';
/** The password of every demo staff account (not of the super admin). */
export const DEMO_STAFF_PASSWORD = 'Ppid-Staf-2026!';

type Data = Record<string, any>;
type Ref = string | { id: number };

/** Strapi's admin password rules (admin validation): 8+ characters, at most 73 bytes, a-z, A-Z, 0-9. */
export function passwordProblem(password: string): string | null {
  if (password.length < 8) return 'must be at least 8 characters';
  if (Buffer.byteLength(password, 'utf8') > 73) return 'must be at most 73 bytes';
  if (!/[a-z]/.test(password)) return 'must contain a lowercase letter';
  if (!/[A-Z]/.test(password)) return 'must contain an uppercase letter';
  if (!/\d/.test(password)) return 'must contain a number';
  return null;
}

function adminUrl(strapi: Core.Strapi): string {
  const url = strapi.config.get('server.url') as string | undefined;
  if (url && /^https?:\/\//.test(url)) return `${url.replace(/\/$/, '')}/admin`;
  const host = (strapi.config.get('server.host') as string | undefined) ?? 'localhost';
  const port = (strapi.config.get('server.port') as number | undefined) ?? 1337;
  return `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${port}/admin`;
}

function box(strapi: Core.Strapi, lines: string[]) {
  const width = Math.max(...lines.map((l) => l.length));
  const rule = `+${'-'.repeat(width + 2)}+`;
  strapi.log.info(rule);
  for (const line of lines) strapi.log.info(`| ${line.padEnd(width)} |`);
  strapi.log.info(rule);
}

const userService = (strapi: Core.Strapi): any =>
  (strapi as any).service('admin::user') ?? (strapi as any).admin?.services?.user;

async function roleIds(strapi: Core.Strapi): Promise<Record<RoleCode, number>> {
  const codes: RoleCode[] = ['strapi-super-admin', 'ppid-staff', 'ppid-organisation'];
  const rows = await strapi.db.query('admin::role').findMany({ where: { code: { $in: codes } }, select: ['id', 'code'] });
  const ids = Object.fromEntries(rows.map((r: any) => [r.code, r.id])) as Record<RoleCode, number>;
  const missing = codes.filter((c) => !ids[c]);
  if (missing.length) throw new Error(`${TAG} admin roles missing: ${missing.join(', ')}`);
  return ids;
}

/**
 * The login of the quick start: created once, never overwritten (the password may have been changed).
 * Returns it when it was created now (for the table of logins), else null.
 */
async function ensureSuperAdmin(strapi: Core.Strapi): Promise<LoginRow | null> {
  const email = (process.env.PPID_ADMIN_EMAIL || DEFAULT_ADMIN_EMAIL).trim().toLowerCase();
  const password = process.env.PPID_ADMIN_PASSWORD || DEFAULT_ADMIN_PASSWORD;
  if (await strapi.db.query('admin::user').findOne({ where: { email }, select: ['id'] })) return null;

  const problem = passwordProblem(password);
  if (problem) {
    strapi.log.warn(`${TAG} PPID_ADMIN_PASSWORD ${problem}: super admin ${email} NOT created. Fix it and restart.`);
    return null;
  }
  const roles = await roleIds(strapi);
  await userService(strapi).create({
    email,
    firstname: 'Admin',
    lastname: 'PPID',
    password,
    isActive: true,
    registrationToken: null,
    roles: [roles['strapi-super-admin']],
  });
  box(strapi, [
    'PPID demo: super admin created',
    `Admin panel : ${adminUrl(strapi)}  (path /admin)`,
    `E-mail      : ${email}`,
    `Password    : ${password}`,
    'Change this password after the first login.',
  ]);
  return { position: 'Super Admin', unit: '-', name: 'Admin PPID', email, password };
}

export async function seedDemo(strapi: Core.Strapi): Promise<void> {
  const superAdmin = await ensureSuperAdmin(strapi);

  const unitQuery = strapi.db.query(`${P}unit` as any);
  if (await unitQuery.findOne({ where: { code: AGENCY_CODE }, select: ['id'] })) {
    strapi.log.info(`${TAG} demo data already present (unit "${AGENCY_CODE}" exists): nothing to seed`);
    return;
  }
  const clash = await unitQuery.findMany({ where: { code: { $in: UNITS.map((u) => u.code) } }, select: ['code'] });
  if (clash.length) {
    strapi.log.warn(
      `${TAG} units ${clash.map((u: any) => `"${u.code}"`).join(', ')} already exist without the demo agency: demo data NOT seeded`
    );
    return;
  }

  const seedStart = Date.now();
  const timezone = (strapi.config.get('plugin::ppid.timezone') as string | undefined) || 'Asia/Jakarta';
  const clock = makeClock(timezone);
  let counts: Record<string, number>;
  try {
    // Seeded records are history, not work in progress: written as trusted code, outside the
    // review workflow (published ones join their workflow as already published).
    const workflow = strapi.plugin('ppid').service('workflow') as any;
    counts = await workflow.asSystem(() => strapi.db.transaction(() => seedAll(strapi, clock)));
  } catch (error: any) {
    const details = error?.details?.errors ? ` ${JSON.stringify(error.details.errors)}` : '';
    strapi.log.error(`${TAG} seeding failed, nothing was written: ${error?.message ?? error}${details}`);
    throw error;
  }

  // The seeded drafts enter their review workflow (published items join it as published), and some
  // have already come some way through it, taken by the demo staff through the engine itself.
  counts['workflow items'] = await strapi.plugin('ppid').service('workflow-instances').adoptUnstarted();
  counts['workflow steps'] = await walkDemoWorkflows(strapi, clock);
  counts['DIP list steps'] = await walkDemoDipList(strapi, clock);
  // The information service: requests and objections over the past year, through the plugin's services.
  const serviceStart = Date.now();
  const service = await seedDemoRequests(strapi, clock);
  counts['information requests'] = service.requests;
  counts['objections'] = service.objections;
  counts['request and objection steps'] = service.steps;
  // Last year's annual service report, issued before its 31 March deadline.
  await issueDemoReport(strapi, clock);
  counts['annual service reports'] = 1;
  strapi.log.info(`${TAG} information service seeded in ${Date.now() - serviceStart} ms (seed total ${Date.now() - seedStart} ms)`);

  const summary = Object.entries(counts)
    .map(([name, n]) => `${n} ${name}`)
    .join(', ');
  strapi.log.info(`${TAG} created ${summary}`);
  // Every demo login, once, at the first start (the README's quick start lists the same table).
  const logins = demoLogins(PEOPLE, assignments(clock), UNITS, clock.today, DEMO_STAFF_PASSWORD);
  strapi.log.info(`${TAG} Diskominfo Provinsi Kalimantan Barat seeded. Log in at ${adminUrl(strapi)} as:`);
  for (const line of loginTable(superAdmin ? [superAdmin, ...logins] : logins)) strapi.log.info(line);
}

async function idOf(strapi: Core.Strapi, personKey: string): Promise<number> {
  const email = PEOPLE.find((p) => p.key === personKey)?.email;
  const row = email ? await strapi.db.query('admin::user').findOne({ where: { email }, select: ['id'] }) : null;
  if (!row) throw new Error(`${TAG} demo: no account for "${personKey}"`);
  return row.id;
}

/** Takes the `workflow` steps of the demo announcements as the demo staff (real transitions, real log). */
async function walkDemoWorkflows(strapi: Core.Strapi, c: Clock): Promise<number> {
  const ppid = strapi.plugin('ppid');
  let steps = 0;
  for (const a of announcements(c)) {
    if (!a.workflow?.length) continue;
    const row = await strapi.db.query(`${P}announcement` as any).findOne({ where: { slug: a.slug, publishedAt: null }, select: ['documentId'] });
    if (!row) continue;
    for (const [transition, personKey, reason] of a.workflow) {
      const email = PEOPLE.find((p) => p.key === personKey)?.email;
      const account = email ? await strapi.db.query('admin::user').findOne({ where: { email }, select: ['id'] }) : null;
      const user = account ? await ppid.service('workflow-people').loadUser(account.id) : null;
      if (!user) throw new Error(`${TAG} demo workflow: no account for "${personKey}"`);
      const view = await ppid.service('workflow-views').view('announcement', row.documentId, user);
      // The disposisi names the drafter of the item and its agenda number (SOP 190/2024 step 1).
      const assignment = view.transitions.find((t: any) => t.key === transition)?.assigns
        ? { assignee: await idOf(strapi, a.drafter), agendaNumber: `000.9/${String(steps + 1).padStart(3, '0')}/DISKOMINFO/${c.year}` }
        : {};
      await ppid.service('workflow-actions').transition('announcement', row.documentId, user, { transition, revision: view.state.revision, ...(reason ? { reason } : {}), ...assignment });
      steps += 1;
    }
  }
  // Web SOP B: the backlog items the website team has taken on (minutes linked, receipts given).
  for (const b of backlog(c)) {
    const row = b.workflow?.length ? await strapi.db.query(`${P}backlog-item` as any).findOne({ where: { title: b.title }, select: ['documentId'] }) : null;
    if (!row) continue;
    for (const [transition, personKey, reason] of b.workflow!) {
      const user = await ppid.service('workflow-people').loadUser(await idOf(strapi, personKey));
      if (!user) throw new Error(`${TAG} demo workflow: no account for "${personKey}"`);
      const view = await ppid.service('workflow-views').view('backlog-item', row.documentId, user);
      await ppid.service('workflow-actions').transition('backlog-item', row.documentId, user, { transition, revision: view.state.revision, ...(reason ? { reason } : {}) });
      steps += 1;
    }
  }
  // Web SOP A1: the quarter's content plan, signed by the Koordinator and handed to the head.
  const plan = await strapi.db.query(`${P}content-plan` as any).findOne({ where: { year: c.year, quarter: c.quarter, state: 'draft' }, select: ['documentId'] });
  if (plan) {
    for (const [transition, personKey] of [
      ['planning->signing:forward', 'subKoordinator'],
      ['signing->handover:forward', 'kabidIkp'],
      ['handover->published:publish', 'subKoordinator'],
    ] as const) {
      const user = await ppid.service('workflow-people').loadUser(await idOf(strapi, personKey));
      if (!user) throw new Error(`${TAG} demo workflow: no account for "${personKey}"`);
      const view = await ppid.service('workflow-views').view('content-plan', plan.documentId, user);
      await ppid.service('workflow-actions').transition('content-plan', plan.documentId, user, { transition, revision: view.state.revision });
      steps += 1;
    }
  }
  // Web SOP B: the forms, signed (who, when) by the positions the SOP names, on the days they were.
  for (const [number, signers] of [
    [`UR-${c.year}-001`, [['subKoordinator', c.at(-9, '08:30')], ['webDeveloper', c.at(-8, '10:15')]]],
    [`UR-${c.year}-002`, [['subKoordinator', c.at(-13, '09:00')], ['webDeveloper', c.at(-12, '09:20')]]],
    [`FP-${c.year}-001`, [['subKoordinator', c.at(-31, '10:00')], ['kabidIkp', c.at(-31, '14:00')]]],
  ] as const) {
    const kind = number.startsWith('UR-') ? 'update_request' : 'approval_form';
    const form = await strapi.db.query(`${P}${kind === 'update_request' ? 'update-request' : 'approval-form'}` as any).findOne({ where: { number }, select: ['documentId', 'signatures'] });
    if (!form || (Array.isArray(form.signatures) && form.signatures.length)) continue;
    for (const [personKey, at] of signers) {
      const user = await ppid.service('workflow-people').loadUser(await idOf(strapi, personKey));
      if (!user) throw new Error(`${TAG} demo forms: no account for "${personKey}"`);
      await ppid.service('website-records').sign(kind, form.documentId, user, new Date(at));
      steps += 1;
    }
  }
  return steps;
}

/**
 * This year's DIP in collection (SOP 001): the Ketua PPID has ordered it; the Bidang IKP submitted
 * its rows and awaits the check; the Bidang Statistik submitted and the PPID Pembantu returned one
 * of its rows with a reason. Taken by the demo staff through the engine, so the officers see it at once.
 */
async function walkDemoDipList(strapi: Core.Strapi, c: Clock): Promise<number> {
  const ppid = strapi.plugin('ppid');
  const edition = await strapi.db.query(`${P}dip-edition` as any).findOne({ where: { year: c.year, state: 'draft' }, select: ['documentId'] });
  if (!edition) return 0;
  const as = async (key: string) => {
    const user = await ppid.service('workflow-people').loadUser(await idOf(strapi, key));
    if (!user) throw new Error(`${TAG} demo DIP list: no account for "${key}"`);
    return user;
  };
  const step = async (type: string, documentId: string, key: string, transition: string) => {
    const user = await as(key);
    const view = await ppid.service('workflow-views').view(type, documentId, user);
    await ppid.service('workflow-actions').transition(type, documentId, user, { transition, revision: view.state.revision });
  };
  let steps = 0;
  await step('dip-edition', edition.documentId, 'ketuaPpid', 'coordination->collection:forward');
  steps += 1;
  const { submissions } = await ppid.service('dip-list').collection(edition.documentId, await as('ketuaPpid'));
  const ikp = submissions.find((s: any) => s.unit?.code === 'bidang-ikp');
  const statistik = submissions.find((s: any) => s.unit?.code === 'bidang-statistik');
  for (const s of [ikp, statistik].filter(Boolean)) {
    await step('dip-submission', s.documentId, 'operator', 'filling->check:forward');
    steps += 1;
  }
  if (statistik) {
    const checker = await as('ppidPembantu');
    const view = await ppid.service('workflow-views').view('dip-submission', statistik.documentId, checker);
    const [row] = statistik.rows;
    await ppid.service('dip-list').returnSubmission(statistik.documentId, checker, {
      revision: view.state.revision,
      ...(row
        ? { rows: [{ entry: row.documentId, reason: 'Ringkasan isi belum menyebut periode data; lengkapi sebelum diajukan kembali.' }] }
        : { reason: 'Belum ada baris DIP Bidang Statistik untuk tahun ini; isi atau konfirmasi daftarnya.' }),
    });
    steps += 1;
  }
  return steps;
}

async function seedAll(strapi: Core.Strapi, c: Clock): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const bump = (name: string) => {
    counts[name] = (counts[name] ?? 0) + 1;
  };
  const docs = (name: string): any => strapi.documents(`${P}${name}` as any);
  async function create(name: string, data: Data, publish = false): Promise<Data> {
    const doc = await docs(name).create({ data });
    if (publish) await docs(name).publish({ documentId: doc.documentId });
    bump(name);
    return doc;
  }
  /**
   * Dates a published item back to when it was published (the demo's two years of history): the
   * published version's publishedAt, and both versions' timestamps alike (so it does not read as
   * modified since). Trusted seed code, written with db.query.
   */
  async function backdate(name: string, documentId: string, at: string) {
    const q = strapi.db.query(`${P}${name}` as any);
    await q.updateMany({ where: { documentId }, data: { createdAt: at, updatedAt: at } });
    await q.updateMany({ where: { documentId, publishedAt: { $notNull: true } }, data: { publishedAt: at } });
  }

  /* Staff ------------------------------------------------------------------------------------- */
  const roles = await roleIds(strapi);
  const users: Record<string, { ref: Ref; id: number }> = {};
  for (const p of PEOPLE) {
    let user = await strapi.db.query('admin::user').findOne({ where: { email: p.email } });
    if (!user) {
      user = await userService(strapi).create({
        email: p.email,
        firstname: p.firstname,
        lastname: p.lastname,
        password: DEMO_STAFF_PASSWORD,
        // The demo agency works in Indonesian (each person can switch on their profile page).
        preferedLanguage: 'id',
        isActive: true,
        registrationToken: null,
        roles: p.roles.map((r) => roles[r]),
      });
      bump('admin users');
    }
    users[p.key] = { id: user.id, ref: user.documentId ?? { id: user.id } };
  }
  const person = (key: string) => {
    const found = PEOPLE.find((p) => p.key === key);
    if (!found) throw new Error(`${TAG} unknown person ${key}`);
    return found;
  };
  const user = (key: string): Ref => {
    if (!users[key]) throw new Error(`${TAG} unknown person ${key}`);
    return users[key].ref;
  };

  /* Units and positions --------------------------------------------------------------------------- */
  const units: Record<string, string> = {};
  for (const u of UNITS) {
    const { parent, ...rest } = u;
    const doc = await create('unit', { ...rest, publishes: u.publishes ?? true, active: true, ...(parent ? { parent: units[parent] } : {}) });
    units[u.code] = doc.documentId;
  }
  const unit = (code: string) => {
    if (!units[code]) throw new Error(`${TAG} unknown unit ${code}`);
    return units[code];
  };

  for (const a of assignments(c)) {
    await create('position-assignment', {
      user: user(a.person),
      position: a.position,
      unit: unit(a.unit),
      holding: a.holding,
      startsOn: a.startsOn,
      endsOn: a.endsOn ?? null,
      officialName: a.officialName ?? person(a.person).officialName,
      nip: person(a.person).nip,
      decreeNumber: a.decreeNumber,
      note: a.note,
    });
  }

  /* Reference: the berkala categories the plugin seeded ------------------------------------------- */
  const categoryRows = await strapi.db.query(`${P}berkala-category` as any).findMany({ select: ['code', 'documentId'] });
  const categories: Record<string, string> = Object.fromEntries(categoryRows.map((r: any) => [r.code, r.documentId]));
  const category = (code?: string) => {
    if (!code) return undefined;
    if (!categories[code]) strapi.log.warn(`${TAG} berkala category "${code}" not found: left empty`);
    return categories[code];
  };

  /* Excluded information (published before the DIP entries that link it) ------------------------ */
  const kepala = person('kepala');
  const excl: Record<string, string> = {};
  for (const e of exclusions(c)) {
    const { key, unit: unitCode, ...rest } = e;
    const doc = await create('exclusion', { ...rest, unit: unit(unitCode), enactedBy: user('kepala'), enactedByName: kepala.officialName }, true);
    await backdate('exclusion', doc.documentId, c.at(c.offsetOf(rest.testedOn) + 7, '09:00'));
    excl[key] = doc.documentId;
  }

  /* DIP entries ---------------------------------------------------------------------------------- */
  for (const d of dipEntries(c)) {
    const { unit: unitCode, category: cat, exclusion, published, publishedOn, ...rest } = d;
    const entry = await create(
      'dip-entry',
      {
        ...rest,
        holderUnit: unit(unitCode),
        ...(cat ? { berkalaCategory: category(cat) } : {}),
        ...(exclusion ? { exclusion: excl[exclusion] } : {}),
      },
      published
    );
    if (published && publishedOn) await backdate('dip-entry', entry.documentId, c.at(c.offsetOf(publishedOn), '09:00'));
  }

  /* DIP editions: last year's enacted (freezes the published entries of that year), this year's draft */
  const prevYear = c.year - 1;
  const previous = await create('dip-edition', {
    agency: unit(AGENCY_CODE),
    year: prevYear,
    title: `Daftar Informasi Publik Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat Tahun ${prevYear}`,
    note: 'Ditetapkan oleh Kepala Dinas selaku Atasan PPID setelah diverifikasi Ketua PPID Pelaksana.',
  });
  await docs('dip-edition').update({
    documentId: previous.documentId,
    data: {
      state: 'enacted',
      decreeNumber: `000.9/05/DISKOMINFO-A/${prevYear}`,
      signedAt: c.date(prevYear, 1, 31),
      signerName: kepala.officialName,
      signerTitle: 'Kepala Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat',
      signerNip: kepala.nip,
      signedBy: user('kepala'),
    },
  });
  await create('dip-edition', {
    agency: unit(AGENCY_CODE),
    year: c.year,
    title: `Daftar Informasi Publik Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat Tahun ${c.year}`,
    note: 'Dalam pengumpulan per unit (SOP Pendokumentasian): usulan unit diperiksa PPID Pembantu, lalu ditandatangani Kepala Dinas.',
  });

  /* Announcements and their proof of publication ------------------------------------------------- */
  const ann: Record<string, string> = {};
  for (const a of announcements(c)) {
    const { key, category: cat, unit: unitCode, drafter, informationDay, published, workflow: _steps, ...rest } = a;
    const doc = await create(
      'announcement',
      {
        ...rest,
        ...(cat ? { berkalaCategory: category(cat) } : {}),
        unit: unit(unitCode),
        drafter: user(drafter),
        informationDate: c.day(informationDay),
      },
      published
    );
    ann[key] = doc.documentId;
    if (!published) continue;
    // SOP 190/2024 step 6: published online and offline, with proof. Serta merta goes out at once.
    const urgent = a.infoClass === 'serta_merta';
    await backdate('announcement', doc.documentId, c.at(informationDay, urgent ? '07:30' : '10:00'));
    await create('publication-record', {
      announcement: doc.documentId,
      channel: 'website',
      url: `${SITE}/ppid/pengumuman/${a.slug}`,
      channelPublishedAt: c.at(informationDay, urgent ? '07:30' : '10:00'),
      recordedBy: user(drafter),
      accessible: true,
    });
    await create('publication-record', {
      announcement: doc.documentId,
      channel: 'notice_board',
      url: `${SITE}/uploads/ppid/bukti-publikasi/papan-pengumuman-${a.slug}.jpg`,
      channelPublishedAt: urgent ? c.at(informationDay, '08:15') : c.at(Math.min(informationDay + 1, 0), '08:30'),
      recordedBy: user(drafter),
      accessible: false,
      note: 'Foto papan pengumuman di lobi kantor Diskominfo, Jl. Ahmad Yani, Pontianak.',
    });
  }
  const announcement = (key: string) => {
    if (!ann[key]) throw new Error(`${TAG} unknown announcement ${key}`);
    return ann[key];
  };

  /* Web SOP A: the quarterly content plan ------------------------------------------------------- */
  const firstMonth = (c.quarter - 1) * 3 + 1;
  const plan = await create('content-plan', {
    title: `Daftar Rencana Konten Website PPID Triwulan ${['I', 'II', 'III', 'IV'][c.quarter - 1]} Tahun ${c.year}`,
    unit: unit('bidang-ikp'),
    year: c.year,
    quarter: c.quarter,
    preparedBy: user('subKoordinator'),
    // Signed by the Koordinator and handed to the head as workflow steps (walkDemoWorkflows).
    note: 'Disusun Sub Koordinator, ditandatangani Koordinator (Kabid IKP); diserahkan kepada Kepala Dinas setelah rapat koordinasi.',
  });
  const planItems: Record<string, string> = {};
  const items = [
    { key: 'rup', title: `Rencana Umum Pengadaan Barang/Jasa Tahun ${c.year}`, infoClass: 'berkala', cat: 'pengadaan', month: firstMonth, unit: 'subbag-program-keuangan', state: 'planned', announcement: 'rup', note: 'Draf pengumuman sedang diperiksa Sekretaris.' },
    { key: 'tataCara', title: 'Tata Cara Permohonan Informasi Publik dan Keberatan (pembaruan)', infoClass: 'berkala', cat: 'tata-cara-informasi', month: firstMonth, unit: 'seksi-layanan-informasi', state: 'uploaded', announcement: 'tataCara' },
    { key: 'infografis', title: 'Infografis hasil monitoring dan evaluasi keterbukaan informasi publik', infoClass: 'setiap_saat', month: firstMonth + 1, unit: 'bidang-ikp', state: 'planned' },
    { key: 'video', title: 'Video tutorial permohonan informasi daring', infoClass: 'setiap_saat', month: firstMonth + 2, unit: 'bidang-ikp', state: 'dropped', note: 'Ditunda ke triwulan berikutnya: menunggu fitur formulir permohonan daring (backlog).' },
  ];
  for (const i of items) {
    const doc = await create('content-plan-item', {
      plan: plan.documentId,
      title: i.title,
      infoClass: i.infoClass,
      ...(i.cat ? { berkalaCategory: category(i.cat) } : {}),
      targetMonth: i.month,
      unit: unit(i.unit),
      state: i.state,
      ...(i.announcement ? { announcement: announcement(i.announcement) } : {}),
      note: i.note,
    });
    planItems[i.key] = doc.documentId;
  }

  /* Web SOP B: backlog, minutes, update requests, approval forms --------------------------------- */
  const items2: Record<string, string> = {};
  for (const b of backlog(c)) {
    const { key, unit: unitCode, reportedBy, workflow: _steps, ...rest } = b;
    const doc = await create('backlog-item', { ...rest, unit: unit(unitCode), reportedBy: user(reportedBy), assignee: user('webDeveloper') });
    items2[key] = doc.documentId;
  }
  const TITLES: Record<string, string> = {
    kabidIkp: 'Kepala Bidang IKP (Koordinator)',
    kabidAptika: 'Kepala Bidang Aptika',
    nurul: 'Plt. Kepala Bidang Statistik',
    subKoordinator: 'Sub Koordinator Pengelolaan Website PPID',
    webDeveloper: 'Web Developer',
    operator: 'Operator PPID',
    ketuaPpid: 'Ketua PPID',
  };
  const names = (...keys: string[]) => keys.map((k) => ({ name: person(k).officialName, position: TITLES[k], userId: users[k].id }));

  await create('meeting-minute', {
    title: 'Rapat Koordinasi Pengembangan Website PPID',
    meetingAt: c.at(-14, '09:00'),
    location: 'Ruang Rapat Lantai 2, Kantor Diskominfo Provinsi Kalimantan Barat',
    unit: unit('bidang-ikp'),
    chair: user('kabidIkp'),
    secretary: user('subKoordinator'),
    attendees: names('kabidIkp', 'kabidAptika', 'subKoordinator', 'webDeveloper', 'operator', 'ketuaPpid'),
    agenda: '1. Evaluasi tampilan DIP di perangkat seluler\n2. Rencana formulir permohonan informasi daring\n3. Aksesibilitas website bagi penyandang disabilitas',
    discussion:
      '- Operator melaporkan keluhan pemohon: tabel DIP terpotong di ponsel.\n- Bidang Aptika menyanggupi formulir daring dengan nomor registrasi otomatis.\n- Ketua PPID mengingatkan kewajiban aksesibilitas (Perki 1/2021 Pasal 24).',
    decisions:
      '1. Perbaikan tabel DIP diprioritaskan, target 10 hari.\n2. Formulir permohonan daring diterima masuk pengembangan triwulan ini.\n3. Fitur aksesibilitas dibahas lebih lanjut dengan rancangan dari Web Developer.',
    reportedToHeadAt: c.at(-13, '10:00'),
    reportedToHeadBy: user('kabidIkp'),
    backlogItems: [items2.tabelDip, items2.formulirOnline, items2.aksesibilitas],
  });
  await create('meeting-minute', {
    title: 'Rapat Tindak Lanjut Aksesibilitas dan Integrasi Satu Data',
    meetingAt: c.at(-4, '13:30'),
    location: 'Daring (Zoom Diskominfo)',
    unit: unit('bidang-ikp'),
    chair: user('kabidIkp'),
    secretary: user('subKoordinator'),
    attendees: names('kabidIkp', 'nurul', 'subKoordinator', 'webDeveloper'),
    agenda: '1. Rancangan fitur aksesibilitas\n2. Usulan integrasi dataset Satu Data Kalbar',
    discussion: '- Web Developer mempresentasikan rancangan mode kontras tinggi.\n- Bidang Statistik menyiapkan API dataset Satu Data.',
    decisions: '1. Rancangan aksesibilitas disetujui dengan perbaikan ikon.\n2. Integrasi Satu Data dijadwalkan setelah formulir daring selesai.',
    backlogItems: [items2.aksesibilitas, items2.satuData],
  });

  await create('update-request', {
    number: `UR-${c.year}-001`,
    title: 'Perbaikan tampilan tabel Daftar Informasi Publik di ponsel',
    description: 'Kolom retensi arsip dan bentuk informasi tidak tampil pada layar ponsel. Mohon tabel dibuat responsif.',
    pageUrl: `${SITE}/ppid/daftar-informasi-publik`,
    unit: unit('bidang-ikp'),
    requestedOn: c.day(-9),
    backlogItem: items2.tabelDip,
  });
  await create('update-request', {
    number: `UR-${c.year}-002`,
    title: 'Pembaruan struktur organisasi dan foto pejabat',
    description: 'Ganti bagan struktur organisasi dan foto Kepala Bidang IKP; tambahkan keterangan Plt. Kepala Bidang Statistik.',
    pageUrl: `${SITE}/ppid/profil/struktur-organisasi`,
    unit: unit('bidang-ikp'),
    requestedOn: c.day(-13),
    presentationMode: 'offline',
    backlogItem: items2.strukturOrganisasi,
    note: 'Diperiksa luring di server staging; menunggu pemeriksaan daring Koordinator.',
  });
  await create('update-request', {
    number: `UR-${c.year}-003`,
    title: 'Tambah tautan formulir keberatan pada menu Layanan Informasi',
    description: 'Menu *Layanan Informasi* belum memuat tautan unduhan formulir keberatan.',
    pageUrl: `${SITE}/ppid/layanan-informasi`,
    unit: unit('seksi-layanan-informasi'),
    requestedOn: c.day(-1),
    note: 'Diusulkan Operator; menunggu tanda tangan Sub Koordinator.',
  });

  await create('approval-form', {
    number: `FP-${c.year}-001`,
    title: 'Persetujuan unggah: Tata Cara Permohonan Informasi Publik dan Pengajuan Keberatan',
    description: 'Konten pembaruan tata cara permohonan informasi dan keberatan untuk menu Informasi Berkala.',
    unit: unit('seksi-layanan-informasi'),
    operator: user('operator'),
    submittedOn: c.day(-31),
    announcement: announcement('tataCara'),
    planItem: planItems.tataCara,
  });
  await create('approval-form', {
    number: `FP-${c.year}-002`,
    title: `Persetujuan unggah: Rencana Umum Pengadaan Barang/Jasa Tahun ${c.year}`,
    description: 'Konten RUP untuk menu Informasi Berkala, menunggu persetujuan Koordinator.',
    unit: unit('subbag-program-keuangan'),
    operator: user('operator'),
    submittedOn: c.day(-2),
    announcement: announcement('rup'),
    planItem: planItems.rup,
  });

  /* Web SOP C: evaluations --------------------------------------------------------------------- */
  const half = halfYear(c);
  await create('evaluation', {
    title: `Evaluasi ${half.label} Pengelolaan Website PPID`,
    kind: 'coordinator_semiannual',
    periodStart: half.start,
    periodEnd: half.end,
    unit: unit('bidang-ikp'),
    evaluator: user('kabidIkp'),
    evaluatee: user('subKoordinator'),
    state: 'final',
    findings:
      '- Konten berkala diunggah setiap bulan sesuai rencana triwulan (11 dari 12 konten).\n- Dua laporan gangguan teknis diselesaikan kurang dari 1 hari kerja.\n- Halaman DIP belum ramah perangkat seluler.',
    recommendations: '1. Prioritaskan perbaikan tampilan DIP.\n2. Tambahkan fitur aksesibilitas.\n3. Susun rencana konten triwulan lebih awal.',
    reportedToHeadAt: c.min(c.plus(half.end, 10), c.today),
  });
  for (const [back, state] of [
    [2, 'final'],
    [1, 'draft'],
  ] as const) {
    const m = monthBefore(c, back);
    await create('evaluation', {
      title: `Evaluasi Bulanan Koordinator Website PPID: ${m.label}`,
      kind: 'head_monthly',
      periodStart: m.start,
      periodEnd: m.end,
      unit: unit(AGENCY_CODE),
      evaluator: user('kepala'),
      evaluatee: user('kabidIkp'),
      state,
      findings:
        state === 'final'
          ? `- Konten bulan ${monthName(m.month)} diunggah tepat waktu.\n- Pengumuman serta merta diterbitkan pada hari yang sama.\n- Notulen rapat pengembangan dilaporkan kepada Kepala Dinas.`
          : `- Rekap unggahan bulan ${monthName(m.month)} sedang disusun.`,
      recommendations: state === 'final' ? 'Pertahankan kecepatan publikasi serta merta; percepat perbaikan halaman DIP.' : undefined,
    });
  }

  return counts;
}
