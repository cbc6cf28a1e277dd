// The requester's page: choose a task, see the quotes, pay, follow the
// network proving it, see the verified result. It reads and writes only
// this service's JSON API (/v1/…) and its event streams; strings from the
// API reach the page only as text or attribute values.
'use strict';

const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== undefined && v !== null) e.setAttribute(k, String(v));
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c)));
  return e;
}

function svg(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = String(text);
  return e;
}

const short = (s) => (s && s.length > 14 ? s.slice(0, 8) + '…' + s.slice(-4) : s || '');
const time = (t) => (t ? new Date(t).toLocaleTimeString() : '');
const ms = (t) => (t ? Date.parse(t) : 0);

// weiText writes an amount for people, keeping the exact wei.
function weiText(w) {
  if (!w) return '';
  let v;
  try { v = BigInt(w); } catch (e) { return w; }
  const units = [[10n ** 18n, 'ETH'], [10n ** 9n, 'gwei']];
  for (const [d, name] of units) {
    if (v >= d / 1000n && d > 1n) {
      const whole = v / d, frac = (v % d) * 1000n / d;
      return `${whole}.${frac.toString().padStart(3, '0')} ${name} (${v} wei)`;
    }
  }
  return `${v} wei`;
}

// showError puts an error on the page; a bad upload names its file, row and column.
function showError(err) {
  const p = $('error');
  if (!err) { p.hidden = true; p.textContent = ''; for (const a of ['data-code', 'data-file', 'data-row', 'data-column']) p.removeAttribute(a); return; }
  let msg = err.error || String(err);
  if (err.file && err.row) msg += `\n(in ${err.file}, row ${err.row}${err.column ? ', column ' + err.column : ''}${err.column_name ? ' "' + err.column_name + '"' : ''})`;
  p.textContent = msg;
  p.setAttribute('data-code', err.code || '');
  p.setAttribute('data-file', err.file || '');
  p.setAttribute('data-row', err.row || '');
  p.setAttribute('data-column', err.column || '');
  p.hidden = false;
}

async function api(path, opts) {
  let r;
  try {
    r = await fetch(path, opts);
  } catch (e) {
    throw { error: 'The requester service cannot be reached: is zkpool serve running?', code: 'offline' };
  }
  let body;
  try { body = await r.json(); } catch (e) { body = { error: `${r.status} ${r.statusText}` }; }
  if (!r.ok) throw Object.assign({ status: r.status }, body);
  return Object.assign(body, { _status: r.status });
}

const state = { info: null, trained: null, quotes: null, task: null, stream: null };

// The form: what to prove.
function source() { return document.querySelector('input[name="source"]:checked').value; }

function showSource() {
  $('upload-fields').hidden = source() !== 'upload';
  $('train-fields').hidden = source() !== 'train';
  $('example').disabled = source() !== 'example';
}

function taskForm() {
  const f = new FormData();
  switch (source()) {
    case 'example':
      f.append('example', $('example').value);
      break;
    case 'upload': {
      const m = $('model-file').files[0], i = $('input-file').files[0];
      if (!m || !i) throw { error: 'Choose a model file and a samples file.', code: 'bad_upload' };
      f.append('model', m, m.name);
      f.append('input', i, i.name);
      break;
    }
    case 'train': {
      const i = $('train-input-file').files[0];
      if (!state.trained) throw { error: 'Train a model first.', code: 'bad_upload' };
      if (!i) throw { error: 'Choose the samples to classify.', code: 'bad_upload' };
      f.append('model', new Blob([JSON.stringify(state.trained.model)], { type: 'application/json' }), 'trained-model.json');
      f.append('input', i, i.name);
      break;
    }
  }
  if ($('segment-size').value !== '0') f.append('segment_size', $('segment-size').value);
  if ($('deadline').value) f.append('deadline', $('deadline').value);
  return f;
}

async function train() {
  showError(null);
  const file = $('train-file').files[0];
  if (!file) { showError({ error: 'Choose a labelled CSV to train on.' }); return; }
  const f = new FormData();
  f.append('csv', file, file.name);
  f.append('label', $('train-label').value);
  f.append('max_depth', $('train-depth').value || '8');
  $('train-button').disabled = true;
  try {
    const t = await api('/v1/train', { method: 'POST', body: f });
    state.trained = t;
    const r = $('train-result');
    r.textContent = `Trained on ${t.samples} samples: depth ${t.depth}, ${t.nodes} nodes, classes ${t.classes.join(', ')}, ` +
      `training accuracy ${(100 * t.accuracy).toFixed(1)}%.`;
    r.hidden = false;
  } catch (e) {
    showError(e);
  } finally {
    $('train-button').disabled = false;
  }
}

async function getQuotes() {
  showError(null);
  let f;
  try { f = taskForm(); } catch (e) { showError(e); return; }
  $('quote-button').disabled = true;
  $('quote-busy').hidden = false;
  try {
    const q = await api('/v1/quotes', { method: 'POST', body: f });
    state.quotes = q;
    renderQuotes(q);
  } catch (e) {
    $('quotes-section').hidden = true;
    showError(e);
  } finally {
    $('quote-button').disabled = false;
    $('quote-busy').hidden = true;
  }
}

function renderQuotes(q) {
  $('quotes-task').textContent = `${q.model} on ${q.samples} samples of ${q.features} features (${q.input})`;
  const body = $('quotes').tBodies[0];
  body.replaceChildren();
  q.quotes.forEach((o, i) => {
    const tr = o.error
      ? el('tr', { 'data-error': o.error_kind || 'refused', 'data-peer': o.peer },
        el('td', { class: 'mono' }, short(o.peer)), el('td', {}, '—'), el('td', {}, ''), el('td', { class: 'note' }, o.error))
      : el('tr', { 'data-node': o.node, 'data-price': o.price, 'data-best': i === q.best },
        el('td', { class: 'mono', title: o.node }, short(o.node)), el('td', { class: 'price' }, weiText(o.price)),
        el('td', {}, new Date(o.deadline).toLocaleString()), el('td', { class: 'note' }, i === q.best ? 'cheapest' : ''));
    body.append(tr);
  });
  $('quotes-none').hidden = q.best >= 0;
  $('max-price').value = q.best >= 0 ? q.quotes[q.best].price : '';
  $('pay-button').disabled = q.best < 0;
  $('quotes-section').hidden = false;
}

async function pay() {
  showError(null);
  let f;
  try { f = taskForm(); } catch (e) { showError(e); return; }
  const max = $('max-price').value.trim();
  if (max) f.append('max_price', max);
  $('pay-button').disabled = true;
  $('pay-busy').hidden = false;
  try {
    const s = await api('/v1/tasks', { method: 'POST', body: f });
    location.hash = 'task=' + s.id;
    await loadTasks();
  } catch (e) {
    showError(e);
    if (e.id) { location.hash = 'task=' + e.id; }
    loadTasks();
  } finally {
    $('pay-button').disabled = false;
    $('pay-busy').hidden = true;
  }
}

// Following one task: a snapshot per event.
function follow(id) {
  if (state.stream) { state.stream.close(); state.stream = null; }
  const es = new EventSource(`/v1/tasks/${id}/events`);
  state.stream = es;
  es.addEventListener('task', (ev) => {
    try { renderTask(JSON.parse(ev.data)); } catch (e) { showError({ error: 'bad event: ' + e }); }
  });
  es.addEventListener('end', () => { es.close(); if (state.stream === es) state.stream = null; loadTasks(); });
  es.onerror = () => {
    // The browser reconnects by itself while the stream is open; a task
    // that cannot be found is not retried.
    if (es.readyState === EventSource.CLOSED) api(`/v1/tasks/${id}`).then(renderTask, showError);
  };
}

function setStage(name, done, detail, failed) {
  const li = document.querySelector(`#stages li[data-stage="${name}"]`);
  li.setAttribute('data-done', done ? 'true' : 'false');
  li.setAttribute('data-failed', failed ? 'true' : 'false');
  li.querySelector('.stage-detail').textContent = detail || '';
}

function renderTask(t) {
  state.task = t;
  $('task-section').hidden = false;
  $('task-section').setAttribute('data-task-id', t.id);
  $('task-section').setAttribute('data-state', t.state);
  $('task-id').textContent = t.id;
  const st = $('task-state');
  st.textContent = t.state;
  st.setAttribute('data-state', t.state);
  $('task-model').textContent = `${t.model} on ${t.samples} samples (${t.input})`;
  $('task-chain-id').textContent = t.task_id || '';
  $('task-node').textContent = t.node || '';
  $('task-price').textContent = weiText(t.price_paid);
  $('task-price').setAttribute('data-wei', t.price_paid || '');
  $('task-deadline').textContent = t.deadline ? new Date(t.deadline).toLocaleString() : '';

  const segs = t.segments || [];
  const total = t.segment_count || segs.length;
  const awarded = segs.filter((s) => s.attempts.some((a) => a.award)).length;
  const atts = (t.attestations || []).length;
  const okQuotes = (t.quotes || []).filter((q) => !q.error).length;
  setStage('quoted', okQuotes > 0, okQuotes ? `${okQuotes} quote${okQuotes > 1 ? 's' : ''}` : '');
  setStage('paid', !!t.task_id, t.task_id ? `${weiText(t.price_paid)} to node ${short(t.node)}` : '');
  setStage('auctioned', total > 0 && awarded >= total, total ? `${awarded} of ${total} awarded` : '');
  setStage('attested', t.quorum > 0 && atts >= t.quorum, t.quorum ? `${atts} of ${t.quorum} needed` : (atts ? `${atts}` : ''));
  setStage('fulfilled', !!t.fulfil_tx, t.fulfil_tx || '');
  setStage('verified', t.verified, t.verified ? 'every seal, the state chain and the input chain' : '',
    t.error_kind === 'not_verified');

  drawTimeline(t);
  renderSegments(t);
  renderResult(t);
  const te = $('task-error');
  te.hidden = !t.error;
  te.textContent = t.error || '';
  te.setAttribute('data-kind', t.error_kind || '');
  for (const tr of $('tasks').tBodies[0].rows) tr.setAttribute('aria-selected', tr.getAttribute('data-task-id') === t.id);
}

function renderSegments(t) {
  const body = $('segments').tBodies[0];
  body.replaceChildren();
  for (const s of t.segments || []) {
    for (const a of s.attempts) {
      const after = a.award && a.first_bid_at ? ((ms(a.award.at) - ms(a.first_bid_at)) / 1000).toFixed(2) + ' s' : '';
      body.append(el('tr', { 'data-index': s.index, 'data-attempt': a.attempt, 'data-prover': a.award ? a.award.prover : '' },
        el('td', {}, s.index), el('td', {}, a.attempt), el('td', { class: 'bids' }, a.bid_count),
        el('td', { class: 'prover mono' }, a.award ? a.award.prover : ''),
        el('td', { class: 'price', 'data-wei': a.award ? a.award.price : '' }, a.award ? weiText(a.award.price) : ''),
        el('td', { class: 'awarded-after' }, after)));
    }
  }
}

// drawTimeline draws each segment's attempts as bars on a time axis: the
// auction (first bid → award; provers bid as soon as a segment is
// announced), then the proof (award → the verifiers' first attestation,
// which comes once every receipt is in; a missed proof ends when the
// segment is auctioned again).
function drawTimeline(t) {
  const box = $('timeline');
  box.replaceChildren();
  const segs = t.segments || [];
  const attested = (t.attestations || []).length ? t.attestations[0].at : '';
  const start = ms(t.paid_at) || Math.min(...segs.flatMap((s) => s.attempts.map((a) => ms(a.first_bid_at)).filter((x) => x)));
  const running = !t.state || !['verified', 'failed', 'refunded', 'interrupted'].includes(t.state);
  const endAll = ms(attested) || ms(t.fulfilled_at) || (running ? Date.now() : ms(t.updated));
  const lastT = Math.max(endAll, ms(t.fulfilled_at) || 0, ...segs.flatMap((s) => s.attempts.map((a) => ms(a.award && a.award.at) || ms(a.first_bid_at))));
  const rowH = 22, top = 8, left = 64, width = Math.max(box.clientWidth || 800, 400);
  const height = top + Math.max(segs.length, 1) * rowH + 26;
  box.setAttribute('height', height);
  box.setAttribute('viewBox', `0 0 ${width} ${height}`);
  box.setAttribute('data-segments', segs.length);
  if (!segs.length || !isFinite(start)) {
    box.append(svg('text', { x: 12, y: 30, class: 'label' }, t.task_id ? 'waiting for the first bids…' : 'no segments yet'));
    return;
  }
  const span = Math.max(lastT - start, 1000);
  const x = (tm) => left + ((tm - start) / span) * (width - left - 12);
  const axisY = top + segs.length * rowH + 4;
  box.append(svg('line', { x1: left, y1: axisY, x2: width - 12, y2: axisY, class: 'axis' }));
  const step = [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600].find((s) => span / 1000 / s <= 10) || 1200;
  for (let s = 0; s * 1000 <= span; s += step) {
    const xx = x(start + s * 1000);
    box.append(svg('line', { x1: xx, y1: axisY, x2: xx, y2: axisY + 4, class: 'axis' }));
    box.append(svg('text', { x: xx, y: axisY + 16, class: 'tick', 'text-anchor': 'middle' }, `${s}s`));
  }
  segs.forEach((s, row) => {
    const y = top + row * rowH;
    box.append(svg('text', { x: 4, y: y + 14, class: 'label' }, `seg ${s.index}`));
    s.attempts.forEach((a, i) => {
      const next = s.attempts[i + 1];
      const announced = ms(a.first_bid_at) || (a.award ? ms(a.award.at) : 0);
      if (!announced) return;
      const awardedAt = a.award ? ms(a.award.at) : (next ? ms(next.first_bid_at) || ms(next.award && next.award.at) : endAll);
      const bar = (from, to, phase, label, tip) => {
        const w = Math.max(x(to) - x(from), 2);
        const g = svg('g', { 'data-segment': s.index, 'data-attempt': a.attempt, 'data-phase': phase });
        g.append(svg('rect', { x: x(from), y: y + 3, width: w, height: rowH - 6, rx: 2, class: phase }));
        g.append(svg('title', {}, tip));
        if (label && w > 60) g.append(svg('text', { x: x(from) + 4, y: y + 15, class: 'bar-label' }, label));
        box.append(g);
      };
      bar(announced, Math.max(awardedAt, announced), 'auction', '',
        `segment ${s.index}, attempt ${a.attempt}: ${a.bid_count} bid${a.bid_count === 1 ? '' : 's'}, ` +
        (a.award ? `awarded after ${((awardedAt - announced) / 1000).toFixed(2)} s` : 'not awarded'));
      if (!a.award) return;
      let end = endAll, phase = attested || t.fulfilled_at ? 'proven' : 'proving';
      const again = next ? ms(next.first_bid_at) || ms(next.award && next.award.at) : 0;
      if (again) { end = again; phase = 'missed'; }
      bar(awardedAt, Math.max(end, awardedAt), phase, short(a.award.prover),
        `segment ${s.index}, attempt ${a.attempt}: ${phase} by ${a.award.prover} for ${a.award.price} wei`);
    });
  });
  for (const [when, cls, label] of [[t.paid_at, 'paid', 'paid'], [attested, 'attested', 'first attestation'], [t.fulfilled_at, 'fulfilled', 'fulfill']]) {
    if (!when) continue;
    const xx = x(ms(when));
    box.append(svg('line', { x1: xx, y1: top - 4, x2: xx, y2: axisY, class: 'marker ' + cls, 'data-marker': cls }));
    box.append(svg('title', {}, label + ' at ' + time(when)));
  }
}

function renderResult(t) {
  const r = $('result');
  r.hidden = !t.verified;
  if (!t.verified) return;
  const secs = t.elapsed_seconds ? `${t.elapsed_seconds.toFixed(1)} s` : '';
  $('result-summary').textContent = `Verified: ${t.predictions.length} predictions, proven in ${secs} for ${weiText(t.price_paid)}.`;
  const ex = $('result-expected');
  if (t.expected && t.expected.length) {
    const same = t.expected.length === t.predictions.length && t.expected.every((v, i) => v === t.predictions[i]);
    ex.textContent = same ? "Matches the example's expected predictions." : "Differs from the example's expected predictions!";
    ex.setAttribute('data-match', same);
    ex.hidden = false;
  } else {
    ex.hidden = true;
  }
  const link = $('receipt-link');
  link.setAttribute('href', `/v1/tasks/${t.id}/receipt`);
  link.setAttribute('download', `${t.id}.receipt.json`);
  const label = (i) => (t.labels && t.labels[i]) || '';
  const counts = new Map();
  t.predictions.forEach((p, i) => counts.set(p, { n: (counts.get(p) || { n: 0 }).n + 1, label: label(i) }));
  $('prediction-counts').replaceChildren(...[...counts.entries()].sort((a, b) => a[0] - b[0]).map(([p, c]) =>
    el('span', { class: 'count', 'data-class': p % 5 }, `${c.label || 'class ' + p} ×${c.n}`)));
  $('prediction-grid').replaceChildren(...t.predictions.map((p, i) => {
    const cell = el('span', { 'data-class': p % 5 });
    cell.title = `sample ${i + 1}: class ${p}${label(i) ? ' (' + label(i) + ')' : ''}`;
    return cell;
  }));
  const body = $('predictions').tBodies[0];
  body.replaceChildren();
  t.predictions.forEach((p, i) => {
    body.append(el('tr', { 'data-sample': i + 1, 'data-class': p },
      el('td', {}, i + 1), el('td', { class: 'class' }, p), el('td', { class: 'label' }, (t.labels && t.labels[i]) || '')));
  });
}

async function loadTasks() {
  let ts;
  try { ts = await api('/v1/tasks'); } catch (e) { showError(e); return; }
  const list = Array.isArray(ts) ? ts : [];
  const body = $('tasks').tBodies[0];
  body.replaceChildren();
  for (const t of list) {
    const b = el('button', { type: 'button' }, t.id.slice(0, 12) + '…');
    b.addEventListener('click', () => { location.hash = 'task=' + t.id; });
    body.append(el('tr', { 'data-task-id': t.id, 'data-state': t.state, 'aria-selected': state.task && state.task.id === t.id },
      el('td', {}, b), el('td', { class: 'state', 'data-state': t.state }, t.state), el('td', {}, t.model),
      el('td', {}, t.samples), el('td', { class: 'price' }, weiText(t.price_paid)), el('td', {}, new Date(t.created).toLocaleString())));
  }
  $('tasks-empty').hidden = list.length > 0;
}

function fromHash() {
  const m = /^#task=([0-9a-f]{32})$/.exec(location.hash);
  if (m && (!state.task || state.task.id !== m[1] || !state.stream)) follow(m[1]);
}

async function start() {
  for (const r of document.querySelectorAll('input[name="source"]')) r.addEventListener('change', showSource);
  $('train-button').addEventListener('click', train);
  $('quote-button').addEventListener('click', getQuotes);
  $('pay-button').addEventListener('click', pay);
  window.addEventListener('hashchange', fromHash);
  showSource();
  try {
    const [info, exs] = await Promise.all([api('/v1/info'), api('/v1/examples')]);
    state.info = info;
    $('network').textContent = info.network || '';
    $('payer').textContent = info.payer || '';
    if (info.warnings && info.warnings.length) {
      $('devkey-warning').textContent = info.warnings.join(' ');
      $('devkey-warning').hidden = false;
    }
    $('deadline').value = Math.round(info.deadline_seconds);
    $('deadline').min = Math.ceil(info.min_deadline_seconds);
    $('deadline').max = Math.floor(info.max_deadline_seconds);
    for (const n of info.segment_sizes) if (n) $('segment-size').append(el('option', { value: n }, `${n} samples`));
    for (const e of (Array.isArray(exs) ? exs : [])) $('example').append(el('option', { value: e.name }, e.title));
  } catch (e) {
    showError(e);
  }
  await loadTasks();
  fromHash();
  document.body.setAttribute('data-ready', 'true');
}

document.addEventListener('DOMContentLoaded', start);
