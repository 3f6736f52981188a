/* bulletin search: the client of the index the build writes (org.swbulletin.site.search). No framework, no request
   to another site. Terms follow org.swbulletin.enrich.SearchTokens exactly: Han text as characters and overlapping
   pairs, other words case-folded and stemmed, pinyin after an apostrophe. */
(function () {
  'use strict';
  var root = document.getElementById('search');
  var input = document.getElementById('site-q');
  if (!root || !input || !window.fetch || !window.DecompressionStream) return;
  var D = root.dataset, base = D.index, KINDS = ['province', 'theme', 'year', 'report'], PAGE = 10;
  var status = document.getElementById('search-status'), list = document.getElementById('search-results'),
    more = document.getElementById('search-more'), box = document.getElementById('search-filters'),
    sels = {}, HAN = /\p{Script=Han}/u, WORD = /[\p{L}\p{N}]/u;
  KINDS.forEach(function (k) { sels[k] = box.querySelector('[data-kind=' + k + ']'); });
  var files = {}, meta, composing = false, timer = 0, seq = 0, found = [], next = 0, phrases = [], marks = null,
    count = 0, want = {}, markSrc = [], words = [], stems = [];

  function get(p) {
    return files[p] || (files[p] = fetch(base + p).then(function (r) {
      if (!r.ok) throw new Error(p);
      return r.arrayBuffer();
    }).then(function (b) { return new Uint8Array(b); }));
  }
  function vint(b, a) {
    var v = 0, m = 1, x;
    do { x = b[a.i++]; v += (x & 127) * m; m *= 128; } while (x > 127);
    return v;
  }
  /* One byte per document: its best field (0 title, 1 lead, 2 body) or 3 when absent (Postings.java). */
  function decode(b, o, n) {
    var f = new Uint8Array(n).fill(3), st = (n + 7) >> 3, d, k, a = { i: o + 1 }, c, v, e;
    if (b[o] === 1 || b[o] === 3) {
      for (k = b[o] === 1 ? 2 : 0; k >= 0; k--) for (d = 0; d < n; d++) if (b[o + 1 + k * st + (d >> 3)] & (1 << (d & 7))) f[d] = k;
      return f;
    }
    c = vint(b, a); d = b[o] === 2 ? 0 : -1;
    while (c--) {
      v = vint(b, a);
      if (b[o] === 2) for (d += v, e = d + vint(b, a); d < e; d++) f[d] = 0;
      else { d += Math.floor(v / 4); f[d] = v & 3; }
    }
    return f;
  }
  function loadMeta() {
    return meta ? Promise.resolve(meta) : get('meta.json').then(function (b) {
      meta = JSON.parse(new TextDecoder().decode(b));
      meta.facets = {}; meta.sets = {};
      return meta;
    });
  }
  /* The facets load once a reader opens the filters, or a URL names one. */
  function loadFacets(m) {
    return box.open ? Promise.all(KINDS.map(function (k) {
      return m.sets[k] || get('f/' + k + '.bin').then(function (b) {
        var a = { i: 0 }, len = vint(b, a), j = JSON.parse(new TextDecoder().decode(b.subarray(a.i, a.i + len)));
        a.i += len;
        m.facets[k] = j.values;
        m.sets[k] = j.values.map(function () {
          var l = vint(b, a), s = decode(b, a.i, m.docs);
          a.i += l;
          return s;
        });
      });
    })) : Promise.resolve();
  }
  function hash(t) {
    var h = 0x811c9dc5, i;
    for (i = 0; i < t.length; i++) { h ^= t.charCodeAt(i); h = Math.imul(h, 0x01000193); }
    return h;
  }
  function postings(t) {
    var want = new TextEncoder().encode(t);
    return get('s/' + (hash(t) & (meta.shards - 1)) + '.bin').then(function (b) {
      var a = { i: 0 }, l, at, pl, j;
      while (a.i < b.length) {
        l = vint(b, a); at = a.i; a.i += l; pl = vint(b, a);
        if (l === want.length) {
          for (j = 0; j < l && b[at + j] === want[j]; j++);
          if (j === l) return decode(b, a.i, meta.docs);
        }
        a.i += pl;
      }
      return null;
    });
  }
  function norm(s) { return s.normalize('NFKC').toLowerCase(); }
  function pieces(s) {
    var out = [], cur = '', han = false, ch, h;
    for (ch of norm(s)) {
      h = HAN.test(ch);
      if (h || WORD.test(ch)) {
        if (cur && h !== han) { out.push({ t: cur, h: han }); cur = ''; }
        cur += ch; han = h;
      } else if (cur) { out.push({ t: cur, h: han }); cur = ''; }
    }
    if (cur) out.push({ t: cur, h: han });
    return out;
  }
  /* SearchTokens.stem: plurals, then Porter's steps 1b, 1c and 5a for words of the letters a to z. */
  function stem(w) {
    var n = w.length, e = function (x) { return w.endsWith(x); };
    if (n > 3 && e('ies') && !e('eies') && !e('aies')) w = w.slice(0, -3) + 'y';
    else if (n > 3 && e('es') && !e('aes') && !e('ees') && !e('oes')) w = w.slice(0, -1);
    else if (n > 3 && e('s') && !e('us') && !e('ss')) w = w.slice(0, -1);
    return /^[a-z]+$/.test(w) ? finalE(finalY(verbEnding(w))) : w;
  }
  function cons(w, i) {
    var c = w[i];
    return 'aeiou'.indexOf(c) < 0 && (c !== 'y' || i === 0 || !cons(w, i - 1));
  }
  function measure(w, len) {
    var i = 0, m = 0;
    while (i < len && cons(w, i)) i++;
    while (i < len) {
      while (i < len && !cons(w, i)) i++;
      if (i >= len) break;
      while (i < len && cons(w, i)) i++;
      m++;
    }
    return m;
  }
  function vowel(w, len) { for (var i = 0; i < len; i++) if (!cons(w, i)) return true; return false; }
  function cvc(w, len) {
    return len >= 3 && cons(w, len - 3) && !cons(w, len - 2) && cons(w, len - 1) && 'wxy'.indexOf(w[len - 1]) < 0;
  }
  function verbEnding(w) {
    var n = w.length, b, l;
    if (w.endsWith('eed')) return measure(w, n - 3) > 0 ? w.slice(0, -1) : w;
    if (w.endsWith('ed') && vowel(w, n - 2)) b = w.slice(0, -2);
    else if (w.endsWith('ing') && vowel(w, n - 3)) b = w.slice(0, -3);
    else return w;
    l = b.length;
    if (/(at|bl|iz)$/.test(b)) return b + 'e';
    if (l >= 2 && b[l - 1] === b[l - 2] && cons(b, l - 1) && 'lsz'.indexOf(b[l - 1]) < 0) return b.slice(0, -1);
    return measure(b, l) === 1 && cvc(b, l) ? b + 'e' : b;
  }
  function finalY(w) { var n = w.length; return n > 1 && w[n - 1] === 'y' && vowel(w, n - 1) ? w.slice(0, -1) + 'i' : w; }
  function finalE(w) {
    var n = w.length, m;
    if (!w.endsWith('e')) return w;
    m = measure(w, n - 1);
    return m > 1 || (m === 1 && !cvc(w, n - 1)) ? w.slice(0, -1) : w;
  }
  /* What a query must match: each unit is a list of alternative terms (a word, or its pinyin reading). */
  function units(ps) {
    var u = [], seen = {}, add = function (a) { if (!seen[a.join(' ')]) { seen[a.join(' ')] = 1; u.push(a); } };
    ps.forEach(function (p) {
      var c = Array.from(p.t), i;
      if (!p.h) add([stem(p.t), "'" + p.t]);
      else if (c.length === 1) add([p.t]);
      else for (i = 0; i + 1 < c.length; i++) add([c[i] + c[i + 1]]);
    });
    return u;
  }
  function esc(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }
  function filters() {
    var f = {};
    KINDS.forEach(function (k) { if (sels[k].value) f[k] = sels[k].value; });
    return f;
  }
  function schedule() { clearTimeout(timer); timer = setTimeout(run, 30); }
  function run() {
    var q = input.value, my = ++seq, ps = pieces(q), us = units(ps), f = meta && meta.sets.year ? filters() : want,
      p = new URLSearchParams();
    if (q) p.set('q', q);
    KINDS.forEach(function (k) { if (f[k]) p.set(k, f[k]); });
    history.replaceState(null, '', p.toString() ? '?' + p : location.pathname);
    phrases = ps.filter(function (x) { return x.h && Array.from(x.t).length > 2; }).map(function (x) { return x.t; });
    words = ps.filter(function (x) { return !x.h; }).map(function (x) { return x.t; });
    stems = words.map(stem);
    markSrc = ps.filter(function (x) { return x.h; }).map(function (x) { return esc(x.t); })
      .concat(words.length ? ['(?:(?!\\p{Script=Han})[\\p{L}\\p{N}])+'] : []);
    return loadMeta().then(function (m) {
      return Promise.all([loadFacets(m)].concat(us.map(function (alts) { return Promise.all(alts.map(postings)); })))
        .then(function (r) { if (my === seq) show(m, q, us.length, r.slice(1), f); });
    }).catch(function () { if (my === seq) status.textContent = D.error; });
  }
  function show(m, q, nu, r, f) {
    var n = m.docs, field = new Uint8Array(n), hits = new Uint8Array(n), d, i, j, x, best, k, loose = false, c;
    for (d = 0; d < n; d++) {
      x = 0; best = 0;
      for (i = 0; i < nu; i++) {
        c = 3;
        for (j = 0; j < r[i].length; j++) if (r[i][j] && r[i][j][d] < c) c = r[i][j][d];
        if (c < 3) { x++; if (c > best) best = c; }
      }
      hits[d] = x; field[d] = best;
    }
    var chosen = Object.keys(f).map(function (k) {
      var v = m.facets[k].findIndex(function (e) { return e[0] === f[k]; });
      return { k: k, s: v < 0 ? new Uint8Array(n).fill(3) : m.sets[k][v] };
    });
    function pass(d, skip) {
      for (var i = 0; i < chosen.length; i++) if (chosen[i].k !== skip && chosen[i].s[d] === 3) return false;
      return true;
    }
    var need = nu, ok = function (d) { return hits[d] >= need && (nu > 0 || Object.keys(f).length > 0); };
    found = [];
    for (d = 0; d < n; d++) if (ok(d) && pass(d)) found.push(d);
    if (!found.length && nu > 1) {
      loose = true; need = 1;
      for (d = 0; d < n; d++) if (ok(d) && pass(d)) found.push(d);
    }
    found.sort(function (a, b) { return hits[b] - hits[a] || field[a] - field[b] || b - a; });
    if (m.sets.year) KINDS.forEach(function (k) {
      var counts = m.facets[k].map(function () { return 0; }), s = sels[k], cur = s.value || f[k] || '';
      for (d = 0; d < n; d++) if (ok(d) && pass(d, k)) m.sets[k].forEach(function (set, v) { if (set[d] < 3) counts[v]++; });
      s.textContent = '';
      s.add(new Option(D.all, ''));
      m.facets[k].forEach(function (e, v) {
        if (counts[v] || e[0] === cur) s.add(new Option(e[1] + ' (' + counts[v] + ')', e[0]));
      });
      s.value = cur;
    });
    count = found.length; next = 0; list.textContent = '';
    if (!q && !Object.keys(f).length) { status.textContent = ''; more.hidden = true; return; }
    status.textContent = loose ? D.noExact.replace('{q}', q)
      : count ? D.results.replace('{count}', count) : D.none.replace('{q}', q);
    phrases = loose ? [] : phrases;
    page();
  }
  function doc(d) {
    return get('d/' + d + '.bin').then(function (b) {
      return new Response(new Blob([b]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
    }).then(JSON.parse);
  }
  function page() {
    var my = seq, take = found.slice(next, next + PAGE);
    next += take.length;
    Promise.all(take.map(doc)).then(function (docs) {
      if (my !== seq) return;
      docs.forEach(function (x) {
        var all = norm([x.t, x.o || '', x.p.join(' '), x.h.join(' '), x.l, x.b].join('\n'));
        if (phrases.every(function (ph) { return all.indexOf(ph) >= 0; })) list.appendChild(item(x));
        else count--;
      });
      if (phrases.length && status.textContent !== D.noExact.replace('{q}', input.value)) {
        status.textContent = count ? D.results.replace('{count}', count) : D.none.replace('{q}', input.value);
      }
      more.hidden = next >= found.length;
    });
  }
  /* The next match in the text: Han runs as they are, a word when its stem is a query word's. */
  function mark(text) {
    var m;
    while ((m = marks.exec(text))) {
      if (!m[0].length) { marks.lastIndex++; continue; }
      if (HAN.test(m[0]) || stems.indexOf(stem(norm(m[0]))) >= 0) return m;
    }
    return null;
  }
  function hl(el, text) {
    var at = 0, m;
    if (marks) {
      marks.lastIndex = 0;
      while ((m = mark(text))) {
        el.append(text.slice(at, m.index));
        var k = document.createElement('mark');
        k.textContent = m[0];
        el.append(k);
        at = m.index + m[0].length;
      }
    }
    el.append(text.slice(at));
    return el;
  }
  function el(tag, cls, lang) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (lang) e.lang = lang;
    return e;
  }
  /* A pinyin word marks the Chinese characters it reads: runs of one to four syllables of the result's names (y). */
  function readings(x) {
    var out = [];
    (x.y || []).forEach(function (e) {
      var s = e[1].split(' '), c = Array.from(e[0]), i, j, w;
      for (i = 0; i < s.length; i++) for (w = '', j = i; j < s.length && j < i + 4; j++) {
        w += s[j];
        if (words.indexOf(w) >= 0) out.push(esc(c.slice(i, j + 1).join('')));
      }
    });
    return out;
  }
  function item(x) {
    var alts = markSrc.concat(readings(x));
    marks = alts.length ? new RegExp(alts.join('|'), 'giu') : null;
    var li = el('li'), a = el('a'), zh = x.z ? 'zh-CN' : '', h = el('h2'), src = x.l + ' ' + x.b, at = 0, m, s;
    a.href = x.u;
    h.append(hl(a, x.t));
    if (x.o) { h.append(' '); h.append(hl(el('span', 'original-title', 'zh-CN'), x.o)); }
    li.append(h);
    li.append(hl(el('p', 'meta'), [x.d].concat(x.p, x.h).join(' · ')));
    if (marks) { marks.lastIndex = 0; m = mark(src); at = m ? m.index : 0; }
    s = Math.max(0, at - 40);
    li.append(hl(el('p', 'summary', zh), (s ? '…' : '') + src.slice(s, s + 160).trim() + (s + 160 < src.length ? '…' : '')));
    return li;
  }
  var params = new URLSearchParams(location.search);
  KINDS.forEach(function (k) { if (params.get(k)) want[k] = params.get(k); });
  input.value = params.get('q') || '';
  input.form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); run(); });
  input.addEventListener('compositionstart', function () { composing = true; });
  input.addEventListener('compositionend', function () { composing = false; schedule(); });
  input.addEventListener('input', function (e) { if (!composing && !e.isComposing) schedule(); });
  KINDS.forEach(function (k) { sels[k].addEventListener('change', run); });
  box.addEventListener('toggle', function () { if (box.open && (input.value || Object.keys(want).length)) run(); });
  box.open = Object.keys(want).length > 0;
  box.hidden = false;
  more.addEventListener('click', page);
  /* Arrow keys move between the box and the results' links. */
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    var links = [input].concat(Array.from(list.querySelectorAll('h2 > a'))), i = links.indexOf(document.activeElement);
    if (i < 0 || composing) return;
    i += e.key === 'ArrowDown' ? 1 : -1;
    if (i >= 0 && i < links.length) { links[i].focus(); e.preventDefault(); }
  });
  if (input.value || Object.keys(want).length) run();
  /* Idle until the first keystroke: the meta fetched, and the Unicode tables of the tokeniser loaded, so that a
     first query costs no more than a later one. */
  else loadMeta().then(function () { units(pieces('社工 ａ')); new RegExp('[\\p{L}\\p{N}]*', 'giu').exec('a'); })
    .catch(function () {});
})();
