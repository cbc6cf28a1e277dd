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

  function renderProvers(ps) {
    const now = Date.now();
    $('provers').tBodies[0].replaceChildren(...ps.map((p) =>
      el('tr', { 'data-prover': p.address, 'data-banned': p.banned ? 'true' : 'false' },
        el('td', { class: 'address mono', title: p.address }, short(p.address)),
        el('td', { class: 'proven' }, p.proven),
        el('td', { class: 'failed' }, p.failed),
        el('td', { class: 'invalid' }, p.invalid),
        el('td', { class: 'standing' }, p.banned ? 'banned until ' + fmtTime(p.banned_until) : 'good'),
        el('td', { class: 'last-seen' }, p.last_seen ? after(p.last_seen, new Date(now).toISOString()) + ' ago' : ''))));
    $('provers-empty').hidden = ps.length > 0;
  }

  async function load() {
    const [status, tasks, provers] = await Promise.all([getJSON('/v1/status'), getJSON('/v1/tasks'), getJSON('/v1/provers')]);
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
    renderProvers(provers);
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
