// Aoraki node dashboard. It reads the node's JSON API (/v1/...) and follows
// its event stream (/v1/events), refreshing the views as events arrive.
// Every string from the API reaches the page as text (textContent, append
// of a string, or an attribute value), never as markup.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const MAX_EVENTS = 200;
  const REQUEST_TIMEOUT_MS = 10000;
  const BACKOFF_MIN_MS = 1000;
  const BACKOFF_MAX_MS = 30000;
  const POLL_MS = 15000;
  const TASK_ID = /^(0x)?[0-9a-fA-F]{64}$/;

  // el builds an element; attributes are set as values and children
  // appended as text unless they are already nodes.
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== undefined && v !== null && v !== false) e.setAttribute(k, String(v));
    }
    for (const c of children) {
      if (c !== undefined && c !== null) e.append(c instanceof Node ? c : String(c));
    }
    return e;
  }

  const SVG = 'http://www.w3.org/2000/svg';

  // svg builds an SVG element the same way: values as attributes, text as text.
  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== undefined && v !== null) e.setAttribute(k, String(v));
    }
    if (text !== undefined) e.textContent = String(text);
    return e;
  }

  const ms = (t) => (t ? Date.parse(t) || 0 : 0);

  // box readies an SVG for a drawing of the given height; it returns its width.
  function box(id, height) {
    const b = $(id);
    b.replaceChildren();
    const width = Math.max(b.clientWidth || 600, 320);
    b.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    b.setAttribute('height', height);
    return width;
  }

  // timeAxis draws ticks in seconds from start along y, for span ms.
  function timeAxis(b, x, y, start, span, left, right) {
    b.append(svg('line', { x1: left, y1: y, x2: right, y2: y, class: 'axis' }));
    const step = [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1800, 3600].find((s) => span / 1000 / s <= 8) || 7200;
    for (let s = 0; s * 1000 <= span; s += step) {
      const xx = x(start + s * 1000);
      b.append(svg('line', { x1: xx, y1: y, x2: xx, y2: y + 4, class: 'axis' }));
      b.append(svg('text', { x: xx, y: y + 15, class: 'tick', 'text-anchor': 'middle' }, s >= 60 ? (s / 60) + 'm' : s + 's'));
    }
  }

  // drawNetwork draws this node in the middle, the other nodes of the
  // verifier set around it, and the provers on an outer ring, each with
  // its capacity and record here.
  function drawNetwork(n) {
    const h = 340;
    const w = box('network-view', h);
    const b = $('network-view');
    const cx = w / 2, cy = h / 2 - 10;
    const nodes = n.nodes || [], provers = n.provers || [];
    // Nodes on an inner ellipse, provers on an outer one, labels below each.
    const place = (i, count, rx, ry, phase) => {
      const a = phase + (2 * Math.PI * i) / Math.max(count, 1);
      return [cx + rx * Math.cos(a), cy + ry * Math.sin(a)];
    };
    const nodePos = nodes.map((_, i) => place(i, nodes.length, Math.min(w / 4, 150), 62, Math.PI));
    const proverPos = provers.map((_, i) => place(i, provers.length, w / 2 - 80, h / 2 - 50, -Math.PI / 2 + 0.4));
    for (const [x, y] of nodePos) b.append(svg('line', { x1: cx, y1: cy, x2: x, y2: y, class: 'link' }));
    provers.forEach((p, i) => {
      if (p.online) b.append(svg('line', { x1: cx, y1: cy, x2: proverPos[i][0], y2: proverPos[i][1], class: 'link' }));
    });
    const dot = (x, y, r, attrs, label, sub, tip) => {
      const g = svg('g', attrs);
      g.append(svg('circle', { cx: x, cy: y, r: r }));
      g.append(svg('title', {}, tip));
      g.append(svg('text', { x: x, y: y + r + 12, class: 'node-label', 'text-anchor': 'middle' }, label));
      if (sub) g.append(svg('text', { x: x, y: y + r + 24, class: 'label', 'text-anchor': 'middle' }, sub));
      b.append(g);
    };
    dot(cx, cy, 14, { 'data-role': 'self', 'data-peer': n.self.peer_id }, 'this node', short(n.self.address),
      n.self.address + ' (' + n.self.peer_id + ')');
    nodes.forEach((p, i) => dot(nodePos[i][0], nodePos[i][1], 10, { 'data-role': 'node', 'data-peer': p.peer_id }, 'node',
      short(p.peer_id), p.peer_id));
    provers.forEach((p, i) => {
      const who = p.address ? short(p.address) : short(p.peer_id);
      const sub = 'cap ' + (p.capacity || '?') + ' · ' + p.proven + '✓ ' + p.failed + '✗ ' + p.invalid + '!';
      dot(proverPos[i][0], proverPos[i][1], 8, { 'data-role': 'prover', 'data-prover': p.address || '', 'data-peer': p.peer_id || '',
        'data-online': p.online ? 'true' : 'false', 'data-banned': p.banned ? 'true' : 'false' }, who, sub,
        (p.address || 'a prover that never bid here') + '\n' + (p.online ? 'online' : 'offline') + ', capacity ' + p.capacity +
        ', proven ' + p.proven + ', missed ' + p.failed + ', invalid ' + p.invalid + ', earned here ' + formatWei(p.earned));
    });
  }

  // drawPrices plots each recent award's price per million constraints
  // over time, and the clearing price now as a line.
  function drawPrices(pr) {
    const h = 220;
    const w = box('price-chart', h);
    const b = $('price-chart');
    const awards = (pr.recent_awards || []).filter((a) => ms(a.at));
    const clearing = Number(pr.clearing_price_per_mconstraint || 0);
    if (!awards.length) {
      b.append(svg('text', { x: 12, y: 24, class: 'label' }, 'no awards yet'));
      return;
    }
    const ts = awards.map((a) => ms(a.at));
    const vs = awards.map((a) => Number(a.price_per_mconstraint));
    const t0 = Math.min(...ts), t1 = Math.max(...ts, t0 + 1000);
    const vmax = Math.max(...vs, clearing, 1) * 1.15;
    const left = 86, right = w - 12, top = 10, bottom = h - 26;
    const x = (t) => left + ((t - t0) / (t1 - t0)) * (right - left);
    const y = (v) => bottom - (v / vmax) * (bottom - top);
    timeAxis(b, x, bottom, t0, t1 - t0, left, right);
    b.append(svg('line', { x1: left, y1: top, x2: left, y2: bottom, class: 'axis' }));
    // Ticks in gwei, rounded: the exact prices are in each point's title.
    const gwei = (v) => (v >= 1e9 ? Math.round(v / 1e9).toLocaleString('en-US') + ' gwei' : Math.round(v).toLocaleString('en-US') + ' wei');
    for (const f of [0, 0.5, 1]) {
      b.append(svg('text', { x: left - 6, y: y(vmax * f / 1.15) + 4, class: 'tick', 'text-anchor': 'end' }, gwei(vmax * f / 1.15)));
    }
    if (clearing > 0) {
      b.append(svg('line', { x1: left, y1: y(clearing), x2: right, y2: y(clearing), class: 'clearing', 'data-clearing': pr.clearing_price_per_mconstraint }));
    }
    awards.forEach((a, i) => {
      const c = svg('circle', { cx: x(ts[i]), cy: y(vs[i]), r: 4, class: 'point', 'data-award': a.task + '/' + a.index,
        'data-price': a.price_per_mconstraint });
      c.append(svg('title', {}, 'segment ' + a.index + ' of ' + short(a.task) + ' to ' + short(a.prover) + ': ' +
        formatWei(a.price_per_mconstraint) + ' per million constraints, ' + fmtTime(a.at)));
      b.append(c);
    });
  }

  // drawTimeline draws a task's segments: the auction (announced →
  // awarded) and the proof (awarded → receipt verified here, or now).
  function drawTimeline(t) {
    const segs = (t && t.segments) || [];
    const rowH = 22, top = 6, left = 58;
    const h = top + Math.max(segs.length, 1) * rowH + 26;
    const w = box('task-timeline', h);
    const b = $('task-timeline');
    const starts = segs.map((s) => ms(s.announced_at)).filter((v) => v);
    if (!starts.length) {
      b.append(svg('text', { x: 12, y: 24, class: 'label' }, 'no segment announced yet'));
      return;
    }
    const t0 = Math.min(...starts);
    const now = Date.now();
    const ends = segs.map((s) => ms(s.proven_at) || (s.award ? now : ms(s.announced_at)));
    const t1 = Math.max(...ends, t0 + 1000);
    const right = w - 12;
    const x = (v) => left + ((v - t0) / (t1 - t0)) * (right - left);
    const axisY = top + segs.length * rowH + 4;
    timeAxis(b, x, axisY, t0, t1 - t0, left, right);
    segs.forEach((s, row) => {
      const yy = top + row * rowH;
      b.append(svg('text', { x: 4, y: yy + 14, class: 'label' }, 'seg ' + s.index));
      const bar = (from, to, phase, label, tip) => {
        const g = svg('g', { 'data-segment': s.index, 'data-phase': phase });
        const width = Math.max(x(to) - x(from), 2);
        g.append(svg('rect', { x: x(from), y: yy + 3, width: width, height: rowH - 6, rx: 2, class: phase }));
        g.append(svg('title', {}, tip));
        if (label && width > 60) g.append(svg('text', { x: x(from) + 4, y: yy + 15, class: 'bar-label' }, label));
        b.append(g);
      };
      const announced = ms(s.announced_at);
      if (!announced) return;
      const awarded = s.award ? ms(s.award.at) : now;
      bar(announced, awarded, 'auction', '', 'segment ' + s.index + ', attempt ' + s.attempt + ': ' + s.bids + ' bids' +
        (s.award ? ', awarded after ' + after(s.announced_at, s.award.at) : ''));
      if (!s.award) return;
      const proven = ms(s.proven_at);
      bar(awarded, proven || now, proven ? 'proven' : 'proving', short(s.award.prover),
        'segment ' + s.index + ' by ' + s.award.prover + ' for ' + formatWei(s.award.price) +
        (proven ? ', proven after ' + after(s.award.at, s.proven_at) : ', proving'));
    });
  }

  function setText(id, v) {
    $(id).textContent = v === undefined || v === null ? '' : String(v);
  }

  // short abbreviates a long hash or CID; the full value goes in a title.
  function short(s) {
    if (typeof s !== 'string' || s === '') return '';
    return s.length > 20 ? s.slice(0, 10) + '…' + s.slice(-6) : s;
  }

  // formatWei shows a decimal wei string in gwei.
  function formatWei(s) {
    if (typeof s !== 'string' || !/^[0-9]+$/.test(s)) return s === undefined || s === null ? '' : String(s);
    const w = BigInt(s);
    if (w < 1000000n) return s + ' wei';
    const gwei = 1000000000n;
    let out = (w / gwei).toLocaleString('en-US');
    const frac = ((w % gwei) * 1000n) / gwei;
    if (frac > 0n) out += '.' + frac.toString().padStart(3, '0').replace(/0+$/, '');
    return out + ' gwei';
  }

  function fmtTime(t) {
    if (!t) return '';
    const d = new Date(t);
    return isNaN(d) ? String(t) : d.toLocaleString();
  }

  // after is the time from a to b, or '' when either is unset.
  function after(a, b) {
    if (!a || !b) return '';
    const ms = new Date(b) - new Date(a);
    if (isNaN(ms)) return '';
    return ms < 1000 ? ms + ' ms' : (ms / 1000).toFixed(2) + ' s';
  }

  async function getJSON(path) {
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), REQUEST_TIMEOUT_MS);
    try {
      const r = await fetch(path, { signal: ctl.signal, cache: 'no-store', headers: { Accept: 'application/json' } });
      const body = await r.json().catch(() => null);
      if (!r.ok) throw new Error(path + ': ' + (body && typeof body.error === 'string' ? body.error : 'HTTP ' + r.status));
      return body;
    } finally {
      clearTimeout(timer);
    }
  }

  function showError(msg) {
    const e = $('error');
    e.textContent = msg || '';
    e.hidden = !msg;
  }

  // The task shown in detail: the one named in the location hash, else the newest.
  function chosenTask() {
    const m = /^#task=(.+)$/.exec(location.hash);
    return m && TASK_ID.test(m[1]) ? m[1].toLowerCase().replace(/^(0x)?/, '0x') : null;
  }

  function renderStatus(s) {
    setText('node-network', s.network);
    setText('node-address', s.address);
    setText('node-peer-id', s.peer_id);
    setText('node-contract', s.contract);
    setText('node-tasks', s.tasks);
    setText('node-open-tasks', s.open_tasks);
    setText('node-clearing', formatWei(s.clearing_price_per_mconstraint));
    $('node-clearing').setAttribute('data-wei', s.clearing_price_per_mconstraint);
    const peers = s.peers || {};
    $('node-peers').tBodies[0].replaceChildren(...Object.keys(peers).sort().map((topic) =>
      el('tr', { 'data-topic': topic }, el('td', { class: 'topic' }, topic), el('td', { class: 'count' }, peers[topic]))));
  }

  function renderTasks(tasks, shown) {
    $('tasks').tBodies[0].replaceChildren(...tasks.map((t) =>
      el('tr', { 'data-task-id': t.id, 'data-state': t.state, 'aria-selected': t.id === shown ? 'true' : 'false' },
        el('td', { class: 'id' }, el('button', { type: 'button', title: t.id }, short(t.id))),
        el('td', { class: 'state' }, t.state),
        el('td', { class: 'price', 'data-wei': t.price }, formatWei(t.price)),
        el('td', { class: 'segments', 'data-proven': t.segments_proven, 'data-total': t.segment_count },
          t.segments_proven + '/' + t.segment_count),
        el('td', { class: 'receipt mono', 'data-value': t.receipt_cid || '', title: t.receipt_cid }, short(t.receipt_cid)),
        el('td', { class: 'tx mono', 'data-value': t.fulfil_tx || '', title: t.fulfil_tx }, short(t.fulfil_tx)),
        el('td', { class: 'created' }, fmtTime(t.created)))));
    $('tasks-empty').hidden = tasks.length > 0;
  }

  function renderTask(t) {
    const sec = $('task-detail');
    if (!t) {
      sec.hidden = true;
      sec.removeAttribute('data-task-id');
      return;
    }
    sec.hidden = false;
    sec.setAttribute('data-task-id', t.id);
    sec.setAttribute('data-state', t.state);
    setText('detail-id', t.id);
    setText('detail-state', t.state);
    setText('detail-requester', t.requester);
    setText('detail-price', formatWei(t.price));
    setText('detail-deadline', fmtTime(t.deadline));
    setText('detail-family', t.family);
    setText('detail-receipt', t.receipt_cid);
    setText('detail-tx', t.fulfil_tx);
    setText('detail-attestations', t.attestations);
    setText('detail-error', t.error);
    $('detail-error').hidden = $('detail-error-label').hidden = !t.error;
    drawTimeline(t);
    $('segments').tBodies[0].replaceChildren(...(t.segments || []).map((s) => {
      const a = s.award || {};
      return el('tr', { 'data-index': s.index, 'data-state': s.state },
        el('td', { class: 'index' }, s.index),
        el('td', { class: 'state' }, s.state),
        el('td', { class: 'attempt' }, s.attempt),
        el('td', { class: 'constraints' }, Number(s.constraints).toLocaleString('en-US')),
        el('td', { class: 'prover mono', 'data-value': a.prover || '', title: a.prover }, short(a.prover)),
        el('td', { class: 'price', 'data-wei': a.price || '' }, formatWei(a.price)),
        el('td', { class: 'cap', 'data-wei': s.price_cap }, formatWei(s.price_cap)),
        el('td', { class: 'bids' }, s.bids),
        el('td', { class: 'announced' }, fmtTime(s.announced_at)),
        el('td', { class: 'awarded-after' }, after(s.announced_at, a.at)),
        el('td', { class: 'proven-after' }, after(a.at, s.proven_at)));
    }));
  }

  // renderProvers lists the provers that worked here (standing from
  // /v1/provers), with what gossip says of them (/v1/network).
  function renderProvers(ps, net) {
    const now = Date.now();
    const seen = {};
    for (const p of net.provers || []) if (p.address) seen[p.address.toLowerCase()] = p;
    $('provers').tBodies[0].replaceChildren(...ps.map((p) => {
      const n = seen[String(p.address).toLowerCase()] || {};
      return el('tr', { 'data-prover': p.address, 'data-banned': p.banned ? 'true' : 'false', 'data-online': n.online ? 'true' : 'false' },
        el('td', { class: 'address mono', title: p.address }, short(p.address)),
        el('td', { class: 'online' }, n.online ? 'yes' : 'no'),
        el('td', { class: 'capacity' }, n.capacity || ''),
        el('td', { class: 'proven' }, p.proven),
        el('td', { class: 'failed' }, p.failed),
        el('td', { class: 'invalid' }, p.invalid),
        el('td', { class: 'earned', 'data-wei': n.earned || '0' }, formatWei(n.earned || '0')),
        el('td', { class: 'standing' }, p.banned ? 'banned until ' + fmtTime(p.banned_until) : 'good'),
        el('td', { class: 'last-seen' }, p.last_seen ? after(p.last_seen, new Date(now).toISOString()) + ' ago' : ''));
    }));
    $('provers-empty').hidden = ps.length > 0;
  }

  async function load() {
    const [status, tasks, provers, net, prices] = await Promise.all([getJSON('/v1/status'), getJSON('/v1/tasks'),
      getJSON('/v1/provers'), getJSON('/v1/network'), getJSON('/v1/prices')]);
    const shown = chosenTask() || (tasks.length > 0 ? tasks[0].id : null);
    let task = null;
    let taskErr = null;
    if (shown) {
      try {
        task = await getJSON('/v1/tasks/' + shown);
      } catch (err) {
        taskErr = err;
      }
    }
    renderStatus(status);
    renderTasks(tasks, shown);
    renderProvers(provers, net);
    drawNetwork(net);
    drawPrices(prices);
    renderTask(task);
    if (taskErr) throw taskErr;
  }

  // refresh reloads every view; calls while one runs coalesce into one more.
  let loading = false;
  let again = false;
  async function refresh() {
    if (loading) {
      again = true;
      return;
    }
    loading = true;
    try {
      do {
        again = false;
        try {
          await load();
          showError('');
        } catch (err) {
          showError('Reading the node API failed: ' + (err && err.message ? err.message : err));
        }
      } while (again);
    } finally {
      loading = false;
    }
  }

  function logLine(kind, at, task, state, detail) {
    const list = $('events');
    list.prepend(el('li', { 'data-kind': kind, 'data-task-id': task, 'data-state': state },
      el('time', { datetime: at }, fmtTime(at)), ' ', el('span', { class: 'kind' }, kind), ' ',
      task ? el('span', { class: 'task mono', title: task }, short(task)) : '', task ? ' ' : '',
      state ? el('span', { class: 'state' }, state) : '', detail ? ' ' + detail : ''));
    while (list.children.length > MAX_EVENTS) list.lastElementChild.remove();
  }

  function onEvent(kind, msg) {
    let ev;
    try {
      ev = JSON.parse(msg.data);
    } catch (err) {
      logLine('malformed', new Date().toISOString(), null, null, String(msg.data).slice(0, 200));
      return;
    }
    const d = ev && typeof ev.data === 'object' && ev.data !== null ? ev.data : {};
    const rest = Object.keys(d).filter((k) => k !== 'task' && k !== 'state').sort()
      .map((k) => k + '=' + (typeof d[k] === 'object' ? JSON.stringify(d[k]) : d[k])).join(' ');
    logLine(kind, ev.at, typeof d.task === 'string' ? d.task : null, typeof d.state === 'string' ? d.state : null, rest);
    refresh();
  }

  function setConn(state, text) {
    const c = $('conn');
    c.setAttribute('data-state', state);
    c.textContent = text;
  }

  // The event stream, reopened with exponential backoff when it drops.
  let source = null;
  let retry = null;
  let backoff = BACKOFF_MIN_MS;
  function connect() {
    retry = null;
    setConn('connecting', 'connecting…');
    const es = new EventSource('/v1/events');
    source = es;
    es.onopen = () => {
      backoff = BACKOFF_MIN_MS;
      setConn('connected', 'live');
      logLine('stream', new Date().toISOString(), null, 'connected', '');
      refresh(); // catch up on anything missed while away
    };
    es.onerror = () => drop(es, 'stream lost');
    for (const kind of ['task', 'segment', 'attestation']) es.addEventListener(kind, (m) => onEvent(kind, m));
    es.addEventListener('end', () => drop(es, 'node closed'));
  }

  function drop(es, why) {
    es.close();
    if (source !== es || retry !== null) return;
    source = null;
    const wait = backoff;
    backoff = Math.min(backoff * 2, BACKOFF_MAX_MS);
    setConn('disconnected', 'disconnected (' + why + '), retrying in ' + Math.round(wait / 1000) + ' s');
    logLine('stream', new Date().toISOString(), null, 'disconnected', why);
    retry = setTimeout(connect, wait + Math.floor(Math.random() * 250));
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('tasks').tBodies[0].addEventListener('click', (e) => {
      const row = e.target.closest('tr[data-task-id]');
      if (row) location.hash = 'task=' + row.getAttribute('data-task-id');
    });
    window.addEventListener('hashchange', refresh);
    setInterval(() => {
      if (source) refresh();
    }, POLL_MS);
    refresh();
    connect();
  });
})();
