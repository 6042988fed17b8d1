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


  /** The information service: the request form and the tracking box (?bagian=permohonan[&nomor=...]). */
  function firstLanguage(message) { return String(message || '').split(' / ')[0]; }
  function post(path, body) {
    return fetch(API + path, { method: 'POST', body: body, headers: body instanceof FormData ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' } })
      .then(function (res) { return res.json().catch(function () { return {}; }).then(function (json) { return { ok: res.ok, status: res.status, body: json }; }); });
  }
  function refusal(box, form, r) {
    var error = (r.body && r.body.error) || {};
    var text = r.status === 429 ? 'Terlalu banyak permintaan dari alamat Anda. Coba lagi beberapa menit lagi.' : firstLanguage(error.message) || 'Permintaan tidak dapat diproses.';
    box.appendChild(el('p', text, { class: 'error' }));
    var path = error.details && error.details.errors && error.details.errors[0] && error.details.errors[0].path;
    var field = path && path.length && form.elements[path[0]];
    if (field && field.focus) { field.setAttribute('aria-invalid', 'true'); field.focus(); }
  }
  function requests() {
    show('permohonan', 'Permohonan Informasi');
    var form = $('form-permohonan'), out = $('hasil-permohonan'), meta = null;
    var FIELDS = ['requesterKind', 'requesterName', 'onBehalfOf', 'identityKind', 'identityNumber', 'address', 'phone', 'email', 'occupation', 'informationRequested', 'purpose', 'informationForm', 'deliveryMethod'];
    var loaded = null;
    function loadForm() { loaded = get('/requests/form').then(function (res) { meta = res.data; return meta; }); return loaded; }
    loadForm().then(function () { if (!params.get('nomor')) status('Isi formulir di bawah untuk mengajukan permohonan, atau lacak permohonan dengan nomor registrasinya.'); }).catch(function () { status('Formulir permohonan tidak dapat dimuat.'); });

    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      out.textContent = '';
      Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (f) { f.removeAttribute('aria-invalid'); });
      if (!meta) { out.appendChild(el('p', 'Formulir belum siap: muat ulang halaman.', { class: 'error' })); return; }
      var data = {};
      FIELDS.forEach(function (k) { var v = form.elements[k].value.trim(); if (v) data[k] = v; });
      data[meta.tokenField] = meta.token;
      data[meta.honeypotField] = form.elements.website.value;
      var body = new FormData();
      body.append('data', JSON.stringify(data));
      var file = form.elements.identityDocument.files[0];
      if (file) body.append('files.identityDocument', file);
      var button = form.querySelector('button[type="submit"]');
      button.disabled = true;
      post('/requests', body).then(function (r) {
        if (!r.ok) { refusal(out, form, r); return; }
        var d = r.body.data;
        out.appendChild(el('p', 'Permohonan Anda diterima dengan nomor registrasi ' + d.registrationNumber + '.'));
        out.appendChild(el('p', 'Diterima ' + date(d.receivedOn) + '. Pemberitahuan tertulis paling lambat ' + date(d.dueOn) + '. Simpan nomor ini untuk melacak permohonan Anda.'));
        var track = el('p'); track.appendChild(el('a', 'Lacak permohonan ' + d.registrationNumber, { href: '/index.html?bagian=permohonan&nomor=' + encodeURIComponent(d.registrationNumber) })); out.appendChild(track);
        form.reset();
      }).catch(function () { out.appendChild(el('p', 'Permohonan tidak terkirim: periksa sambungan lalu coba lagi.', { class: 'error' })); })
        .then(function () { button.disabled = false; loadForm().catch(function () {}); });
    });

    var box = $('hasil-lacak');
    function track(number) {
      box.textContent = '';
      status('Memuat status…');
      get('/requests/status/' + encodeURIComponent(number)).then(function (res) {
        status('Status permohonan ' + res.data.registrationNumber + ': ' + res.data.stateLabel.id + '.');
        return loaded.then(function () { render(res.data); }, function () { render(res.data); });
      }).catch(function (e) {
        status('Status tidak dapat ditampilkan.');
        box.appendChild(el('p', e.status === 404 ? 'Nomor registrasi tidak ditemukan. Periksa kembali nomor Anda.' : e.status === 429 ? 'Terlalu banyak permintaan. Coba lagi beberapa menit lagi.' : 'Status tidak dapat dimuat.', { class: 'error' }));
      });
    }
    function render(s) {
      var outcomes = {};
      ((meta && meta.lists.outcomes) || []).forEach(function (o) { outcomes[o.value] = o.label; });
      box.appendChild(el('h3', (s.kind === 'objection' ? 'Keberatan ' : 'Permohonan ') + s.registrationNumber));
      var dl = el('dl', null, { class: 'status' });
      [['Status', s.stateLabel.id], ['Diterima', date(s.receivedOn)], ['Batas waktu', date(s.dueOn) + (s.extended ? ' (diperpanjang)' : '')],
        ['Dijawab', s.answeredOn ? date(s.answeredOn) : '–'], ['Keputusan', s.outcome ? outcomes[s.outcome] || s.outcome : '–']]
        .forEach(function (row) { dl.appendChild(el('dt', row[0])); dl.appendChild(el('dd', row[1])); });
      box.appendChild(dl);
      if (s.objections.length) {
        box.appendChild(table('Keberatan atas permohonan ini', ['Nomor', 'Status', 'Diajukan', 'Batas waktu', 'Diputus'],
          s.objections.map(function (o) { return [o.registrationNumber, o.state, date(o.filedOn), date(o.dueOn), o.decidedOn ? date(o.decidedOn) : '–']; })));
      }
      if (s.canObject && meta) box.appendChild(objectionForm(s.registrationNumber));
    }
    function objectionForm(number) {
      var f = el('form', null, { class: 'stack', 'aria-labelledby': 'h-keberatan' });
      f.appendChild(el('h3', 'Ajukan keberatan', { id: 'h-keberatan' }));
      f.appendChild(el('p', 'Keberatan diajukan paling lambat 30 hari kerja dan diputus oleh Atasan PPID paling lambat 30 hari kerja (UU 14/2008 Pasal 35-36).', { class: 'meta' }));
      var grounds = el('fieldset', null, { class: 'checks' });
      grounds.appendChild(el('legend', 'Alasan keberatan (Pasal 35 ayat 1) *'));
      meta.lists.objectionGrounds.forEach(function (g) {
        var d = el('div'); var id = 'k-ground-' + g.value;
        var check = el('input', null, { type: 'checkbox', id: id, name: 'grounds', value: g.value });
        var label = el('label', g.value + '. ' + g.label, { for: id });
        var row = el('span'); row.appendChild(check); row.appendChild(document.createTextNode(' ')); row.appendChild(label); d.appendChild(row);
        grounds.appendChild(d);
      });
      f.appendChild(grounds);
      var fields = el('fieldset'); fields.appendChild(el('legend', 'Uraian dan bukti permohonan Anda'));
      var r = el('div'); r.appendChild(el('label', 'Uraian keberatan *', { for: 'k-reasons' })); r.appendChild(el('textarea', null, { id: 'k-reasons', name: 'reasons', rows: '4', maxlength: '4000', required: 'required' })); fields.appendChild(r);
      var n = el('div'); n.appendChild(el('label', 'Nomor identitas yang Anda pakai saat mengajukan permohonan *', { for: 'k-idnum' })); n.appendChild(el('input', null, { id: 'k-idnum', name: 'identityNumber', maxlength: '40', required: 'required', autocomplete: 'off' })); fields.appendChild(n);
      f.appendChild(fields);
      f.appendChild(el('button', 'Kirim keberatan', { type: 'submit' }));
      var result = el('div', null, { role: 'alert' });
      f.appendChild(result);
      f.addEventListener('submit', function (ev) {
        ev.preventDefault();
        result.textContent = '';
        var chosen = Array.prototype.filter.call(f.querySelectorAll('input[name="grounds"]'), function (c) { return c.checked; }).map(function (c) { return c.value; });
        var body = JSON.stringify({ data: { grounds: chosen, reasons: f.elements.reasons.value.trim(), identityNumber: f.elements.identityNumber.value.trim() } });
        post('/requests/status/' + encodeURIComponent(number) + '/objections', body).then(function (res) {
          if (!res.ok) {
            if (res.status === 404) { result.appendChild(el('p', 'Nomor identitas tidak cocok dengan permohonan ini.', { class: 'error' })); return; }
            refusal(result, f, res); return;
          }
          result.appendChild(el('p', 'Keberatan Anda diterima dengan nomor ' + res.body.data.registrationNumber + '. Keputusan paling lambat ' + date(res.body.data.dueOn) + '.'));
          f.querySelector('button').disabled = true;
        }).catch(function () { result.appendChild(el('p', 'Keberatan tidak terkirim: coba lagi.', { class: 'error' })); });
      });
      return f;
    }
    $('form-lacak').addEventListener('submit', function (ev) { ev.preventDefault(); var n = $('l-number').value.trim(); if (n) track(n); });
    if (params.get('nomor')) { $('l-number').value = params.get('nomor'); track(params.get('nomor')); }
  }

  var section = params.get('bagian');
  if (params.get('pengumuman')) announcement(params.get('pengumuman'));
  else if (section === 'dip' && /^\d{4}$/.test(params.get('edisi') || '')) dipEdition(params.get('edisi'));
  else if (section === 'dip') dip();
  else if (section === 'dikecualikan') excluded();
  else if (section === 'sop') sops();
  else if (section === 'permohonan') requests();
  else announcements();
})();
