/** Small, explicit fixtures written through the document service (as the Content Manager does). */
const P = 'plugin::ppid.';

/** Creates a record; `publish` publishes it as trusted setup code, outside the review workflow. */
export async function create(strapi: any, name: string, data: Record<string, unknown>, publish = false) {
  const run = () => strapi.documents(`${P}${name}`).create({ data });
  if (!publish) return run();
  return strapi.plugin('ppid').service('workflow').asSystem(async () => {
    const doc = await run();
    await strapi.documents(`${P}${name}`).publish({ documentId: doc.documentId });
    return doc;
  });
}

export async function unitTree(strapi: any) {
  const agency = await create(strapi, 'unit', { name: 'Dinas Kominfo Uji', code: 'kominfo-uji', kind: 'agency' });
  const ikp = await create(strapi, 'unit', { name: 'Bidang IKP', code: 'bidang-ikp', kind: 'division', parent: agency.documentId });
  const seksi = await create(strapi, 'unit', { name: 'Seksi Publikasi', code: 'seksi-publikasi', kind: 'section', parent: ikp.documentId });
  const stat = await create(strapi, 'unit', { name: 'Bidang Statistik', code: 'bidang-statistik', kind: 'division', parent: agency.documentId });
  return { agency, ikp, seksi, stat };
}

export async function category(strapi: any, code: string) {
  const [row] = await strapi.documents(`${P}berkala-category`).findMany({ filters: { code } });
  if (!row) throw new Error(`no berkala category ${code}`);
  return row;
}

export function announcementData(over: Record<string, unknown>) {
  return {
    title: 'Pengumuman uji coba',
    summary: 'Ringkasan pengumuman untuk pengujian.',
    body: 'Isi pengumuman **lengkap**.',
    infoClass: 'setiap_saat',
    ...over,
  };
}

export function dipData(over: Record<string, unknown>) {
  return {
    number: 'SS-01',
    title: 'Rencana Strategis',
    summary: 'Dokumen rencana strategis lima tahunan dinas.',
    infoClass: 'setiap_saat',
    holderOfficial: 'Sekretaris Dinas',
    responsibleOfficial: 'Kepala Sub Bagian Program',
    productionTime: '2026',
    productionPlace: 'Pontianak',
    year: 2026,
    availableForm: 'softcopy_hardcopy',
    mediaType: 'Website',
    retentionPeriod: '5 tahun',
    ...over,
  };
}

export function exclusionData(over: Record<string, unknown>) {
  return {
    title: 'Data pribadi pemohon bantuan sosial',
    article17Letter: 'h',
    legalBasis: 'UU 14/2008 Pasal 17 huruf h; UU 27/2022 tentang Pelindungan Data Pribadi',
    consequenceIfOpened: 'Mengungkap rahasia pribadi pemohon dan membuka peluang penyalahgunaan data.',
    consequenceIfClosed: 'Kepentingan publik tetap terlayani melalui data agregat yang dibuka.',
    testedOn: '2026-01-15',
    exclusionEndsOn: '2030-12-31',
    enactedByName: 'Kepala Dinas',
    excludedContent: 'NIK dan alamat lengkap para pemohon',
    internalNote: 'catatan rahasia penguji',
    ...over,
  };
}
