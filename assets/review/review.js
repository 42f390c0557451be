// The review index: sorts, filters and pages the rows of rows.js (window.REVIEW_ROWS). Only one
// page of rows is in the DOM at a time, so 100,000 documents open as fast as 100. Document text
// is set with textContent only: nothing in a dump becomes markup. The filter state lives in the
// URL's hash (#site=…&reason=…), so a view can be linked to.
(function () {
  'use strict';
  var ROWS = window.REVIEW_ROWS || [];
  var META = window.REVIEW_META || { gold: false };
  var PAGE_SIZE = 100;
  // Positions in a row (render.ts `rowArray`).
  var N = 0, PATH = 1, SITE = 2, DETECTED = 3, TITLE = 4, PARAGRAPHS = 5, CUTS = 6, IN = 7, OUT = 8, WARNINGS = 9, DUPLICATE = 10, F1 = 11, TOKEN_F1 = 12, LOST = 13, JUNK = 14;

  function cutTotal(row) {
    var n = 0;
    for (var k in row[CUTS]) n += row[CUTS][k];
    return n;
  }
  function cutShare(row) {
    return row[IN] > 0 ? Math.max(0, 1 - row[OUT] / row[IN]) : 0;
  }

  var columns = [
    { label: '#', key: function (r) { return r[N]; }, num: true },
    { label: 'document', key: function (r) { return (r[TITLE] || '') + ' ' + r[PATH]; } },
    { label: 'site', key: function (r) { return r[SITE]; } },
    { label: 'paragraphs', key: function (r) { return r[PARAGRAPHS]; }, num: true },
    { label: 'cut', key: cutTotal, num: true },
    { label: 'chars in', key: function (r) { return r[IN]; }, num: true, title: 'characters of the input as read (decoded text, or the page\'s HTML)' },
    { label: 'chars out', key: function (r) { return r[OUT]; }, num: true, title: 'characters of the clean text: it sets a blank line between paragraphs, so a text dump with little cut can come out longer than it went in (its cut % is then 0)' },
    { label: 'cut %', key: cutShare, num: true },
    { label: 'warnings', key: function (r) { return r[WARNINGS].length; }, num: true },
    { label: 'copy of', key: function (r) { return r[DUPLICATE] || ''; } },
  ];
  if (META.gold) {
    columns.push(
      { label: 'F1', key: function (r) { return r[F1] === null ? 2 : r[F1]; }, num: true },
      { label: 'token F1', key: function (r) { return r[TOKEN_F1] === null ? 2 : r[TOKEN_F1]; }, num: true },
      { label: 'lost words', key: function (r) { return r[LOST] === null ? -1 : r[LOST]; }, num: true },
      { label: 'junk kept', key: function (r) { return r[JUNK] === null ? -1 : r[JUNK]; }, num: true }
    );
  }

  var state = { site: '', reason: '', warning: '', q: '', sort: META.gold ? 'F1' : '#', dir: 'asc', page: 0 };
  readHash();

  function readHash() {
    var params = new URLSearchParams(location.hash.slice(1));
    ['site', 'reason', 'warning', 'q', 'sort', 'dir'].forEach(function (k) {
      if (params.has(k)) state[k] = params.get(k);
    });
    if (params.has('page')) state.page = Math.max(0, (parseInt(params.get('page'), 10) || 1) - 1);
  }
  function writeHash() {
    var params = new URLSearchParams();
    ['site', 'reason', 'warning', 'q'].forEach(function (k) { if (state[k]) params.set(k, state[k]); });
    params.set('sort', state.sort);
    params.set('dir', state.dir);
    if (state.page) params.set('page', String(state.page + 1));
    history.replaceState(null, '', '#' + params.toString());
  }

  function distinct(pick) {
    var seen = new Map();
    ROWS.forEach(function (r) { pick(r).forEach(function (v) { seen.set(v, (seen.get(v) || 0) + 1); }); });
    return Array.from(seen.entries()).sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); });
  }
  function fillSelect(id, values, key) {
    var select = document.getElementById(id);
    values.forEach(function (entry) {
      var option = document.createElement('option');
      option.value = entry[0];
      option.textContent = entry[0] + ' (' + entry[1] + ')';
      select.appendChild(option);
    });
    select.value = state[key];
    select.addEventListener('change', function () { state[key] = select.value; state.page = 0; render(); });
  }
  fillSelect('f-site', distinct(function (r) { return [r[SITE]]; }), 'site');
  fillSelect('f-reason', distinct(function (r) { return Object.keys(r[CUTS]); }), 'reason');
  fillSelect('f-warning', distinct(function (r) { return r[WARNINGS]; }), 'warning');
  var text = document.getElementById('f-text');
  text.value = state.q;
  text.addEventListener('input', function () { state.q = text.value; state.page = 0; render(); });
  document.getElementById('filters').addEventListener('submit', function (e) { e.preventDefault(); });

  var head = document.querySelector('#rows thead tr');
  columns.forEach(function (column) {
    var th = document.createElement('th');
    th.textContent = column.label;
    if (column.title) th.title = column.title;
    th.dataset.column = column.label;
    th.addEventListener('click', function () {
      if (state.sort === column.label) state.dir = state.dir === 'asc' ? 'desc' : 'asc';
      else { state.sort = column.label; state.dir = 'asc'; }
      state.page = 0;
      render();
    });
    head.appendChild(th);
  });
  document.getElementById('prev').addEventListener('click', function () { state.page--; render(); });
  document.getElementById('next').addEventListener('click', function () { state.page++; render(); });

  function matches(r) {
    if (state.site && r[SITE] !== state.site) return false;
    if (state.reason && !r[CUTS][state.reason]) return false;
    if (state.warning && r[WARNINGS].indexOf(state.warning) < 0) return false;
    if (state.q) {
      var q = state.q.toLowerCase();
      if (r[PATH].toLowerCase().indexOf(q) < 0 && (r[TITLE] || '').toLowerCase().indexOf(q) < 0) return false;
    }
    return true;
  }

  function cell(tr, value, className) {
    var td = document.createElement('td');
    if (className) td.className = className;
    if (value !== undefined && value !== null) td.textContent = String(value);
    tr.appendChild(td);
    return td;
  }

  function row(r) {
    var tr = document.createElement('tr');
    tr.dataset.site = r[SITE];
    cell(tr, r[N], 'num');
    var doc = cell(tr, null, 'doc');
    var link = document.createElement('a');
    link.href = 'docs/' + r[N] + '.html';
    link.textContent = r[TITLE] || r[PATH];
    doc.appendChild(link);
    if (r[TITLE]) {
      var small = document.createElement('div');
      small.textContent = r[PATH];
      doc.appendChild(small);
    }
    var site = cell(tr, r[SITE], 'site');
    var detected = document.createElement('div');
    detected.textContent = 'by ' + r[DETECTED];
    site.appendChild(detected);
    cell(tr, r[PARAGRAPHS], 'num');
    var cuts = cell(tr, null, 'cuts');
    Object.keys(r[CUTS]).sort().forEach(function (reason) {
      var chip = document.createElement('span');
      chip.className = 'reason r-' + (reason.indexOf('site-rule:') === 0 ? 'site-rule' : reason.replace(/[^a-z0-9-]/gi, '-'));
      chip.textContent = reason + ' ' + r[CUTS][reason];
      cuts.appendChild(chip);
    });
    cell(tr, r[IN], 'num');
    cell(tr, r[OUT], 'num');
    cell(tr, (100 * cutShare(r)).toFixed(1), 'num');
    cell(tr, r[WARNINGS].join(', '));
    cell(tr, r[DUPLICATE]);
    if (META.gold) {
      cell(tr, r[F1] === null ? '' : r[F1].toFixed(3), 'num');
      cell(tr, r[TOKEN_F1] === null ? '' : r[TOKEN_F1].toFixed(3), 'num');
      cell(tr, r[LOST], 'num');
      cell(tr, r[JUNK], 'num');
    }
    return tr;
  }

  function render() {
    var column = columns.filter(function (c) { return c.label === state.sort; })[0] || columns[0];
    var sign = state.dir === 'desc' ? -1 : 1;
    var shown = ROWS.filter(matches).map(function (r) { return [column.key(r), r]; });
    shown.sort(function (a, b) {
      if (a[0] < b[0]) return -sign;
      if (a[0] > b[0]) return sign;
      return a[1][N] - b[1][N];
    });
    var pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
    state.page = Math.min(Math.max(0, state.page), pages - 1);
    var body = document.createElement('tbody');
    shown.slice(state.page * PAGE_SIZE, (state.page + 1) * PAGE_SIZE).forEach(function (entry) { body.appendChild(row(entry[1])); });
    var table = document.getElementById('rows');
    table.replaceChild(body, table.tBodies[0]);
    Array.prototype.forEach.call(head.children, function (th) {
      th.className = th.dataset.column === column.label ? 'sorted-' + state.dir : '';
    });
    document.getElementById('count').textContent = shown.length + ' of ' + ROWS.length + ' documents';
    document.getElementById('page').textContent = 'page ' + (state.page + 1) + ' of ' + pages;
    document.getElementById('prev').disabled = state.page === 0;
    document.getElementById('next').disabled = state.page >= pages - 1;
    writeHash();
  }
  render();
})();
