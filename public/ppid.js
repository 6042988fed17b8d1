/* Reference public page: reads the plugin's public API (Strapi REST conventions) with fetch.
 * Every text from the API goes in through textContent, never as HTML. */
(function () {
  'use strict';
  var API = '/api/ppid';
  var CLASS = { berkala: 'Informasi Berkala', serta_merta: 'Informasi Serta Merta', setiap_saat: 'Informasi Tersedia Setiap Saat', dikecualikan: 'Informasi yang Dikecualikan' };
  var STATUS = { excluded: 'Dikecualikan', period_ended: 'Masa pengecualian berakhir', reopened: 'Dibuka kembali' };
  var params = new URLSearchParams(location.search);
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    for (var k in attrs || {}) node.setAttribute(k, attrs[k]);
    return node;
  }
  function date(iso) {
    if (!iso) return '–';
    var d = new Date(iso.length === 10 ? iso + 'T00:00:00+07:00' : iso);
    return d.toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Jakarta' });
  }
  function status(text) { $('status').textContent = text; }
  function get(path) {
    return fetch(API + path, { headers: { Accept: 'application/json' } }).then(function (res) {
      if (!res.ok) { var e = new Error('HTTP ' + res.status); e.status = res.status; throw e; }
      return res.json();
    });
  }
  function show(id, title) {
    $(id).hidden = false;
    $('judul').textContent = title;
    document.title = title + ' – PPID';
  }
  function table(caption, headers, rows) {
    var wrap = el('div', null, { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': caption });
    var t = el('table');
    t.appendChild(el('caption', caption));
    var head = el('thead'), tr = el('tr');
    headers.forEach(function (h) { tr.appendChild(el('th', h, { scope: 'col' })); });
    head.appendChild(tr); t.appendChild(head);
    var body = el('tbody');
    rows.forEach(function (cells) {
      var r = el('tr');
      cells.forEach(function (c) { var td = el('td'); if (c instanceof Node) td.appendChild(c); else td.textContent = c == null ? '–' : String(c); r.appendChild(td); });
      body.appendChild(r);
    });
    t.appendChild(body); wrap.appendChild(t);
    return wrap;
  }

  function announcements() {
    show('pengumuman', 'Pengumuman');
    var form = $('saring');
    ['class', 'unit', 'q'].forEach(function (k) { if (params.get(k)) form.elements[k].value = params.get(k); });
    get('/announcements?fields[0]=unit&pagination[pageSize]=100').then(function (res) {
      var seen = {};
      res.data.forEach(function (a) { if (a.unit && !seen[a.unit.code]) { seen[a.unit.code] = a.unit.name; } });
      Object.keys(seen).sort().forEach(function (code) {
        var o = el('option', seen[code], { value: code });
        if (params.get('unit') === code) o.selected = true;
        $('f-unit').appendChild(o);
      });
    }).catch(function () {});
    var qs = new URLSearchParams();
    ['class', 'unit', 'q'].forEach(function (k) { if (params.get(k)) qs.set(k, params.get(k)); });
    var page = Number(params.get('halaman') || '1');
    qs.set('pagination[page]', String(page));
    qs.set('pagination[pageSize]', '10');
    status('Memuat pengumuman…');
    get('/announcements?' + qs.toString()).then(function (res) {
      var list = $('daftar-pengumuman');
      res.data.forEach(function (a) {
        var li = el('li');
        var h = el('h3'); h.appendChild(el('a', a.title, { href: '/index.html?pengumuman=' + encodeURIComponent(a.slug) }));
        li.appendChild(h);
        li.appendChild(el('p', (CLASS[a.class] || a.class) + (a.unit ? ' · ' + a.unit.name : '') + ' · ' + date(a.publishedAt), { class: 'meta' }));
        if (a.summary) li.appendChild(el('p', a.summary));
        list.appendChild(li);
      });
      var p = res.meta.pagination;
      status(p.total === 0 ? 'Tidak ada pengumuman yang cocok.' : p.total + ' pengumuman, halaman ' + p.page + ' dari ' + p.pageCount + '.');
      var pager = $('halaman');
      function link(n, text) { var q = new URLSearchParams(params); q.set('halaman', String(n)); pager.appendChild(el('a', text, { href: '/index.html?' + q.toString() })); }
      if (p.page > 1) link(p.page - 1, 'Sebelumnya');
      if (p.page < p.pageCount) link(p.page + 1, 'Berikutnya');
    }).catch(function (e) { status('Pengumuman tidak dapat dimuat (' + e.message + ').'); });
  }

  function announcement(slug) {
    status('Memuat…');
    get('/announcements/' + encodeURIComponent(slug)).then(function (res) {
      var a = res.data;
      show('satu-pengumuman', a.title);
      $('h-satu').textContent = CLASS[a.class] || a.class;
      $('satu-meta').textContent = (a.unit ? a.unit.name + ' · ' : '') + 'Diumumkan ' + date(a.publishedAt);
      (a.body || a.summary || '').split(/\n{2,}/).forEach(function (para) { $('satu-isi').appendChild(el('p', para.replace(/[*_#>`]/g, ''))); });
      var files = $('satu-lampiran');
      (a.attachments || []).forEach(function (f) { var li = el('li'); li.appendChild(el('a', f.name, { href: f.url })); files.appendChild(li); });
      if (!files.children.length) files.appendChild(el('li', 'Tidak ada lampiran.'));
      status('');
    }).catch(function (e) {
      show('pengumuman', 'Pengumuman tidak ditemukan');
      status(e.status === 404 ? 'Pengumuman tidak ditemukan atau sudah tidak diumumkan.' : 'Pengumuman tidak dapat dimuat.');
    });
  }

  /** Adds words for screen readers only: a link's name starts with what it shows (WCAG 2.5.3). */
  function hinted(node, text) { node.appendChild(el('span', text, { class: 'sr-only' })); return node; }
  function downloadLinks(ed) {
    var links = el('span');
    ['pdf', 'xlsx', 'csv'].forEach(function (ext, i) {
      if (i) links.appendChild(document.createTextNode(' · '));
      links.appendChild(hinted(el('a', ext.toUpperCase(), { href: ed.downloads[ext] }), ' (unduh DIP ' + ed.year + ')'));
    });
    return links;
  }
  function dipRow(d) {
    var doc = d.document ? el('a', d.document.name, { href: d.document.url }) : d.documentUrl ? el('a', 'Dokumen', { href: d.documentUrl }) : null;
    return [d.number, d.title + (d.summary ? ': ' + d.summary : ''), (d.holderOfficial || '') + (d.holderUnit ? ' (' + d.holderUnit.name + ')' : ''),
      d.responsibleOfficial, [d.productionTime, d.productionPlace].filter(Boolean).join(', '), d.availableForm, d.retentionPeriod, doc || '–'];
  }
  var DIP_HEADERS = ['Nomor', 'Ringkasan informasi', 'Pejabat/unit penguasa', 'Penanggung jawab', 'Waktu dan tempat pembuatan', 'Bentuk', 'Retensi', 'Dokumen'];
  function byClass(entries, box, caption, extra) {
    var groups = {};
    entries.forEach(function (d) { (groups[d.class] = groups[d.class] || []).push(d); });
    Object.keys(CLASS).forEach(function (c) {
      if (!groups[c]) return;
      box.appendChild(el('h3', CLASS[c]));
      box.appendChild(table(caption + CLASS[c], DIP_HEADERS.concat(extra ? [extra.header] : []),
        groups[c].map(function (d) { return dipRow(d).concat(extra ? [extra.cell(d)] : []); })));
    });
  }

  /** One enacted edition as it was enacted (?bagian=dip&edisi=2026). */
  function dipEdition(year) {
    show('dip', 'Daftar Informasi Publik ' + year);
    status('Memuat DIP ' + year + '…');
    get('/dip/editions/' + encodeURIComponent(year)).then(function (res) {
      var ed = res.data;
      var box = $('dip-edisi');
      var p = el('p', 'Ditetapkan dengan keputusan nomor ' + (ed.decreeNumber || '–') + ' tanggal ' + date(ed.decreeDate) + ' oleh ' +
        (ed.signer.name || '–') + (ed.signer.position ? ' (' + ed.signer.position + ')' : '') + '. Unduh: ', { class: 'meta' });
      p.appendChild(downloadLinks(ed));
      box.appendChild(p);
      var back = el('p'); back.appendChild(el('a', 'DIP terkini dan semua edisi', { href: '/index.html?bagian=dip' })); box.appendChild(back);
      var entries = [];
      ed.groups.forEach(function (g) { entries = entries.concat(g.entries); });
      byClass(entries, $('dip-kelas'), 'DIP ' + ed.year + ' yang ditetapkan: ');
      status(ed.entryCount + ' entri dalam DIP ' + ed.year + ' yang ditetapkan.');
    }).catch(function (e) {
      status(e.status === 404 ? 'Belum ada DIP yang ditetapkan untuk tahun ' + year + '.' : 'DIP tidak dapat dimuat (' + e.message + ').');
    });
  }

  function dip() {
    show('dip', 'Daftar Informasi Publik');
    status('Memuat DIP…');
    get('/dip/editions').then(function (res) {
      if (!res.data.length) return;
      var box = $('dip-edisi');
      box.appendChild(el('h3', 'Edisi DIP yang ditetapkan'));
      box.appendChild(table('Edisi DIP per tahun dan unduhannya', ['Tahun', 'Nomor keputusan', 'Tanggal keputusan', 'Ditandatangani', 'Jumlah entri', 'Unduh'],
        res.data.map(function (ed) {
          var year = hinted(el('a', String(ed.year), { href: '/index.html?bagian=dip&edisi=' + ed.year }), ' (lihat DIP yang ditetapkan)');
          return [year, ed.decreeNumber, date(ed.decreeDate), (ed.signer.name || '–') + (ed.signer.position ? ', ' + ed.signer.position : ''), ed.entryCount, downloadLinks(ed)];
        })));
    }).catch(function () { /* the current list below is the DIP */ });
    get('/dip?pagination[pageSize]=100').then(function (res) {
      var box = $('dip-kelas');
      var ed = res.meta.edition;
      var extra = null;
      if (ed) {
        box.appendChild(el('p', 'DIP terkini. Entri bertanda "Baru/berubah" ditambahkan atau diubah sejak DIP ' + ed.year +
          ' ditetapkan (nomor ' + (ed.decreeNumber || '–') + ') dan belum termasuk daftar yang ditetapkan.', { class: 'meta' }));
        extra = { header: 'Status', cell: function (d) { return d.sinceEdition ? 'Baru/berubah sejak DIP ' + ed.year : 'Dalam DIP ' + ed.year; } };
      }
      byClass(res.data, box, 'DIP: ', extra);
      status(res.data.length + ' entri DIP.');
    }).catch(function (e) { status('DIP tidak dapat dimuat (' + e.message + ').'); });
  }

  function excluded() {
    show('dikecualikan', 'Informasi yang Dikecualikan');
    get('/excluded?pagination[pageSize]=100').then(function (res) {
      var body = $('tabel-dikecualikan');
      res.data.forEach(function (x) {
        var tr = el('tr');
        [x.title, x.unit ? x.unit.name : '–', 'Pasal 17 huruf ' + x.article + (x.ground ? ': ' + x.ground : ''), date(x.testedOn), date(x.exclusionEndsOn), STATUS[x.status] || x.status]
          .forEach(function (c) { tr.appendChild(el('td', c)); });
        body.appendChild(tr);
      });
      status(res.data.length + ' informasi dikecualikan.');
    }).catch(function (e) { status('Daftar tidak dapat dimuat (' + e.message + ').'); });
  }

  function sops() {
    show('sop', 'SOP Layanan Informasi');
    get('/sops').then(function (res) {
      var box = $('daftar-sop');
      res.data.forEach(function (s) {
        var sec = el('section', null, { 'aria-label': s.sop.title });
        sec.appendChild(el('h3', s.sop.number + ' – ' + s.sop.title));
        sec.appendChild(el('p', 'Ditetapkan oleh ' + s.sop.issuer + (s.sop.effectiveOn ? ', berlaku ' + date(s.sop.effectiveOn) : '') + '. Berlaku untuk ' + (s.units ? s.units.map(function (u) { return u.name; }).join(', ') : 'semua unit') + '.', { class: 'meta' }));
        if (s.sop.legalBasis.length) {
          sec.appendChild(el('h4', 'Dasar hukum'));
          var ul = el('ul'); s.sop.legalBasis.forEach(function (l) { ul.appendChild(el('li', l)); }); sec.appendChild(ul);
        }
        sec.appendChild(table('Langkah ' + s.sop.number, ['No.', 'Kegiatan', 'Pelaksana', 'Waktu', 'Keluaran'],
          s.steps.map(function (st) { return [st.number, st.name, st.actor, st.timeStandard, st.output]; })));
        if (s.document) { var p = el('p'); p.appendChild(el('a', 'Dokumen SOP bertanda tangan: ' + s.document.name, { href: s.document.url })); sec.appendChild(p); }
        box.appendChild(sec);
      });
      status(res.data.length + ' SOP berlaku.');
    }).catch(function (e) { status('SOP tidak dapat dimuat (' + e.message + ').'); });
  }

  var section = params.get('bagian');
  if (params.get('pengumuman')) announcement(params.get('pengumuman'));
  else if (section === 'dip' && /^\d{4}$/.test(params.get('edisi') || '')) dipEdition(params.get('edisi'));
  else if (section === 'dip') dip();
  else if (section === 'dikecualikan') excluded();
  else if (section === 'sop') sops();
  else announcements();
})();
