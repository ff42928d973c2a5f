// The page at /: run list, starting runs (shipped or edited YAML), and a live view over SSE. Plain JS, no build step.
'use strict';
(() => {
  const $ = id => document.getElementById(id);
  const TOKEN_KEY = 'dtao-lab-token';
  const BLOCKS_PER_DAY = 7200;
  const TEMPO_BLOCKS = 360;
  const TERMINAL = new Set(['finished', 'cancelled', 'failed', 'interrupted', 'corrupt']);
  const COLORS = { attack: '#d62728', twin: '#1f77b4', pnl: '#2ca02c', risk: '#ff7f0e', alarm: '#9467bd' };
  const lab = window.lab = { runs: [], live: null, errors: [] };

  // ---- API -------------------------------------------------------------------------------------------------
  const token = () => sessionStorage.getItem(TOKEN_KEY) || '';
  const headers = extra => Object.assign(token() ? { Authorization: 'Bearer ' + token() } : {}, extra);

  async function api(method, path, body, type, accept) {
    const h = headers(type ? { 'Content-Type': type } : {});
    if (accept) h.Accept = accept;
    const res = await fetch(path, { method, headers: h, body });
    const ct = res.headers.get('Content-Type') || '';
    const data = ct.includes('json') ? await res.json() : await res.text();
    if (!res.ok) {
      const problem = typeof data === 'object' ? data : { detail: data || res.statusText };
      if (res.status === 401 || res.status === 403) askForToken(problem.detail);
      const e = new Error(problem.detail || res.statusText);
      e.status = res.status;
      e.problem = problem;
      throw e;
    }
    return data;
  }

  function notice(text) {
    $('notice').textContent = text;
    $('notice').hidden = !text;
  }

  function askForToken(detail) {
    notice((detail || 'This lab needs a token') + ' — enter the API token at the top right.');
    $('token').focus();
  }

  function showTokenState() {
    $('token-state').textContent = token() ? 'token set for this tab' : 'no token';
  }

  $('token-form').addEventListener('submit', ev => {
    ev.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, $('token').value.trim());
    $('token').value = '';
    notice('');
    showTokenState();
  const linked = /^#run=([\w-]+)$/.exec(location.hash);
  if (linked) openLive(decodeURIComponent(linked[1]));
    if (lab.live && !TERMINAL.has(lab.live.state)) openLive(lab.live.id);
  });

  // ---- run list ---------------------------------------------------------------------------------------------
  const cell = text => { const td = document.createElement('td'); td.textContent = text; return td; };

  async function refreshRuns() {
    try {
      lab.runs = await api('GET', '/api/runs');
    } catch (e) {
      notice('cannot list runs: ' + e.message);
      return;
    }
    const body = $('runs').tBodies[0];
    body.replaceChildren(...lab.runs.map(r => {
      const tr = document.createElement('tr');
      tr.dataset.id = r.id;
      tr.classList.toggle('selected', lab.live !== null && lab.live.id === r.id);
      const bar = document.createElement('progress');
      bar.max = 1;
      bar.value = r.progress || 0;
      const progress = cell(' ' + Math.round(100 * (r.progress || 0)) + ' %');
      progress.prepend(bar);
      const state = cell(r.state);
      state.className = 'state state-' + r.state;
      const verdict = cell(r.headline && r.headline.verdict ? r.headline.verdict : '');
      verdict.className = 'verdict';
      tr.append(cell(r.id), cell(r.strategy), cell(r.seed), cell(r.preset || (r.presets || []).join(', ')), state,
        progress, cell(r.alarms || 0), verdict);
      tr.addEventListener('click', () => openLive(r.id));
      return tr;
    }));
    $('runs-empty').hidden = lab.runs.length > 0;
  }

  // ---- starting runs ----------------------------------------------------------------------------------------
  let strategies = [];

  async function loadStrategies() {
    strategies = (await api('GET', '/api/strategies')).filter(s => s.valid);
    $('strategy').replaceChildren(...strategies.map(s => new Option(s.name, s.name)));
    describeStrategy();
  }

  function describeStrategy() {
    const s = strategies.find(x => x.name === $('strategy').value);
    $('strategy-description').textContent = s ? `${s.description || ''} (${s.blocks} blocks, seed ${s.seed}, `
      + `${(s.presets || []).join(', ')}; adversaries: ${(s.adversaries || []).join(', ') || 'none'})` : '';
  }

  function speedValue(text) {
    const t = String(text).trim();
    return t.toLowerCase() === 'max' ? 'max' : Number(t);
  }

  function overrides() {
    const o = {};
    if ($('seed').value !== '') o.seed = Number($('seed').value);
    if ($('blocks').value !== '') o.blocks = Number($('blocks').value);
    if ($('speed').value.trim() !== '') o.speed = speedValue($('speed').value);
    return o;
  }

  async function startShipped() {
    try {
      const run = await api('POST', '/api/runs', JSON.stringify(Object.assign({ strategy: $('strategy').value },
        overrides())), 'application/json');
      openLive(run.id);
      refreshRuns();
    } catch (e) {
      notice('not started: ' + e.message);
    }
  }

  async function startYaml() {
    const q = new URLSearchParams(Object.entries(overrides()).map(([k, v]) => [k, String(v)]));
    try {
      const run = await api('POST', '/api/runs?' + q, $('yaml').value, 'application/yaml');
      showErrors([]);
      openLive(run.id);
      refreshRuns();
    } catch (e) {
      reportProblem(e);
    }
  }

  async function validate() {
    try {
      const s = await api('POST', '/api/strategies/validate', $('yaml').value, 'application/yaml');
      showErrors([]);
      $('validation-state').textContent = `valid: ${s.name}, ${s.blocks} blocks, ${(s.presets || []).join(', ')}`;
      $('validation-state').className = 'ok';
    } catch (e) {
      reportProblem(e);
    }
  }

  function reportProblem(e) {
    const errs = e.problem && Array.isArray(e.problem.errors) ? e.problem.errors : [];
    showErrors(errs.length ? errs : [{ line: 0, column: 0, path: '', message: e.message, allowed: '' }]);
    $('validation-state').textContent = e.status === 422 ? 'invalid' : 'refused (' + e.status + ')';
    $('validation-state').className = '';
  }

  async function loadYaml() {
    try {
      $('yaml').value = await api('GET', '/api/strategies/' + encodeURIComponent($('strategy').value), undefined,
        undefined, 'application/yaml');
      showErrors([]);
    } catch (e) {
      notice('cannot load the strategy: ' + e.message);
    }
  }

  // The editor: a line-number gutter whose lines turn red where the server reported an error.
  function showErrors(errs) {
    lab.errors = errs;
    $('errors').replaceChildren(...errs.map(e => {
      const li = document.createElement('li');
      li.dataset.line = e.line;
      li.textContent = (e.line > 0 ? `line ${e.line}, column ${e.column}: ` : '') + (e.path ? e.path + ': ' : '')
        + e.message + (e.allowed ? ` (allowed: ${e.allowed})` : '');
      if (e.line > 0) li.addEventListener('click', () => goToLine(e.line));
      return li;
    }));
    if (errs.length === 0) $('validation-state').textContent = '';
    renderGutter();
    const first = errs.find(e => e.line > 0);
    if (first) scrollToLine(first.line);
  }

  function renderGutter() {
    const lines = $('yaml').value.split('\n').length;
    const byLine = new Map();
    lab.errors.filter(e => e.line > 0).forEach(e => byLine.set(e.line, (byLine.has(e.line) ? byLine.get(e.line) + '\n'
      : '') + (e.path ? e.path + ': ' : '') + e.message));
    const spans = [];
    for (let i = 1; i <= Math.max(lines, ...byLine.keys()); i++) {
      const s = document.createElement('span');
      s.textContent = i;
      s.dataset.line = i;
      if (byLine.has(i)) {
        s.className = 'err';
        s.title = byLine.get(i);
      }
      spans.push(s);
    }
    $('gutter').replaceChildren(...spans);
    $('gutter').scrollTop = $('yaml').scrollTop;
  }

  function goToLine(line) {
    const text = $('yaml').value;
    let start = 0;
    for (let i = 1; i < line; i++) start = text.indexOf('\n', start) + 1;
    const end = text.indexOf('\n', start);
    $('yaml').focus();
    $('yaml').setSelectionRange(start, end < 0 ? text.length : end);
    scrollToLine(line);
  }

  function scrollToLine(line) {
    const lineHeight = parseFloat(getComputedStyle($('yaml')).lineHeight) || 18;
    $('yaml').scrollTop = Math.max(0, (line - 3) * lineHeight);
    $('gutter').scrollTop = $('yaml').scrollTop;
  }

  $('yaml').addEventListener('input', () => { if (lab.errors.length) showErrors([]); else renderGutter(); });
  $('yaml').addEventListener('scroll', () => { $('gutter').scrollTop = $('yaml').scrollTop; });
  $('strategy').addEventListener('change', describeStrategy);
  $('start-shipped').addEventListener('click', startShipped);
  $('start-yaml').addEventListener('click', startYaml);
  $('validate').addEventListener('click', validate);
  $('load-yaml').addEventListener('click', loadYaml);

  // ---- live view --------------------------------------------------------------------------------------------
  function chart(el, series, days) {
    el.replaceChildren();
    const opts = {
      width: Math.max(320, el.clientWidth || 560), height: 200,
      scales: { x: { time: false, range: (u, min, max) => [0, Math.max(days, max || 0)] } },
      axes: [{ label: 'simulated day' }, { size: 80, values: (u, vals) => ticks(vals) }],
      legend: { live: false },
      series: [{ label: 'day', value: (u, v) => v == null ? '' : v.toFixed(2) }].concat(series),
    };
    return new uPlot(opts, [[], ...series.map(() => [])], el);
  }

  // Tick labels with as many decimals as the step between ticks needs (shares differ in the 5th digit).
  function ticks(vals) {
    const step = vals.length > 1 ? Math.abs(vals[1] - vals[0]) : 0;
    const decimals = step > 0 ? Math.min(12, Math.max(0, Math.ceil(-Math.log10(step)))) : 3;
    return vals.map(v => v == null ? '' : v.toFixed(decimals));
  }

  const num = v => v == null ? '–' : Math.abs(v) >= 1000 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(3)
    : v.toPrecision(3);

  const line = (label, stroke) => ({ label, stroke, width: 2, spanGaps: true });

  function newLive(id, days) {
    return {
      id, days, state: null, abort: new AbortController(), offset: null, lastBlock: -1,
      x: [], shareA: [], shareT: [], emaA: [], emaT: [], pnl: [], risk: [], heat: [], alarmX: [], alarmY: [],
      charts: {
        share: chart($('chart-share'), [line('attack', COLORS.attack), line('twin', COLORS.twin)], days),
        ema: chart($('chart-ema'), [line('attack', COLORS.attack), line('twin', COLORS.twin)], days),
        pnl: chart($('chart-pnl'), [line('PnL', COLORS.pnl), line('capital at risk', COLORS.risk)], days),
        alarms: chart($('chart-alarms'), [{ label: 'alarm score', stroke: COLORS.alarm, fill: COLORS.alarm,
          paths: () => null, points: { show: true, size: 9, fill: COLORS.alarm } }], days),
      },
    };
  }

  async function openLive(id) {
    if (lab.live) lab.live.abort.abort();
    $('live').hidden = false;
    $('alarms').replaceChildren();
    $('movers').replaceChildren();
    let run;
    try {
      run = await api('GET', '/api/runs/' + encodeURIComponent(id));
    } catch (e) {
      notice('cannot open run ' + id + ': ' + e.message);
      return;
    }
    const live = lab.live = newLive(id, run.blocks / BLOCKS_PER_DAY);
    $('live-title').textContent = `${run.strategy} · seed ${run.seed} · ${run.preset || run.presets.join(', ')} · ${id}`;
    drawHeat(live);
    showRun(run);
    history.replaceState(null, '', '#run=' + encodeURIComponent(id));
    document.querySelectorAll('#runs tbody tr').forEach(tr => tr.classList.toggle('selected', tr.dataset.id === id));
    if (TERMINAL.has(run.state)) backfill(live);
    else stream(live);
  }

  function showRun(run) {
    showState(run.state);
    $('live-progress').value = run.progress || 0;
    $('live-blocks').textContent = `${run.blocksDone || 0} / ${run.blocks} blocks`
      + (run.blocksPerSecond ? ` · ${run.blocksPerSecond.toFixed(0)} blocks/s` : '');
    const h = run.headline;
    $('live-headline').textContent = h ? (h.verdict ? h.verdict + ' — ' : '') + `redirected ${num(h.emissionRedirectedTao)}`
      + ` TAO to SN${h.target}, adversary PnL ${num(h.adversaryPnlTao)} TAO` : '';
  }

  function showState(state) {
    if (!lab.live) return;
    lab.live.state = state;
    $('live-state').textContent = state;
    $('live-state').className = 'state state-' + state;
    const ended = TERMINAL.has(state);
    $('report-link').hidden = !ended;
    $('report-link').href = `/api/runs/${encodeURIComponent(lab.live.id)}/report.html`;
    ['pause', 'resume', 'set-speed', 'cancel'].forEach(b => { $(b).disabled = ended; });
  }

  // SSE over fetch, so the stream carries the Authorization header (EventSource cannot send one).
  async function stream(live) {
    let res;
    try {
      res = await fetch(`/api/runs/${encodeURIComponent(live.id)}/events`,
        { headers: headers({ Accept: 'text/event-stream' }), signal: live.abort.signal });
    } catch (e) {
      return;
    }
    if (!res.ok) {
      const p = (res.headers.get('Content-Type') || '').includes('json') ? await res.json() : {};
      if (res.status === 401 || res.status === 403) askForToken(p.detail);
      else notice('event stream refused: ' + (p.detail || res.status));
      return;
    }
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value.replace(/\r\n?/g, '\n');
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          dispatch(live, buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch (e) {
      if (live.abort.signal.aborted) return;
    }
    if (lab.live === live) {
      refreshRuns();
      if (!TERMINAL.has(live.state)) setTimeout(() => { if (lab.live === live) stream(live); }, 1000);
    }
  }

  function dispatch(live, frame) {
    let name = 'message';
    const data = [];
    frame.split('\n').forEach(l => {
      if (l.startsWith('event:')) name = l.slice(6).trim();
      else if (l.startsWith('data:')) data.push(l.slice(5).replace(/^ /, ''));
    });
    if (data.length === 0 || lab.live !== live) return;
    const e = JSON.parse(data.join('\n'));
    if (name === 'tempo') onTempo(live, e);
    else if (name === 'progress') onProgress(live, e);
    else if (name === 'alarm') onAlarm(live, e);
    else if (name === 'state') onState(live, e);
  }

  function onState(live, e) {
    showState(e.state);
    if (e.detail && (e.state === 'failed' || e.state === 'corrupt')) notice(`run ${live.id} ${e.state}: ${e.detail}`);
    if (TERMINAL.has(e.state)) api('GET', '/api/runs/' + live.id).then(showRun, () => {});
  }

  function onProgress(live, p) {
    live.offset = p.chainBlock - p.blockIndex;
    $('live-progress').value = p.blocksPlanned ? p.blockIndex / p.blocksPlanned : 0;
    $('live-blocks').textContent = `${p.blockIndex} / ${p.blocksPlanned} blocks · ${p.blocksPerSecond.toFixed(0)} blocks/s`;
  }

  const sum = (m, f) => Object.values(m || {}).reduce((a, c) => a + c[f], 0);

  function onTempo(live, t) {
    if (t.block <= live.lastBlock) return;
    live.offset = t.chainBlock - t.block;
    const pnl = sum(t.adversaries, 'pnlTao');
    addPoint(live, { block: t.block, target: t.target, shareA: t.targetShareAttack,
      shareT: t.targetEmaTwinTao == null ? null : t.targetShareTwin, emaA: t.targetEmaTao, emaT: t.targetEmaTwinTao,
      pnl, risk: sum(t.adversaries, 'capitalAtRiskTao'), deviation: t.shareDeviation });
    $('live-headline').textContent = `SN${t.target}: share ${num(100 * t.targetShareAttack)} % vs twin `
      + `${num(100 * t.targetShareTwin)} %, redirected ${num(t.emissionRedirectedTao)} TAO, adversary PnL `
      + `${num(pnl)} TAO, capital at risk ${num(sum(t.adversaries, 'capitalAtRiskTao'))} TAO`;
  }

  function addPoint(live, p) {
    live.lastBlock = p.block;
    live.x.push(p.block / BLOCKS_PER_DAY);
    live.shareA.push(p.shareA);
    live.shareT.push(p.shareT);
    live.emaA.push(p.emaA);
    live.emaT.push(p.emaT);
    live.pnl.push(p.pnl);
    live.risk.push(p.risk);
    live.charts.share.setData([live.x, live.shareA, live.shareT]);
    live.charts.ema.setData([live.x, live.emaA, live.emaT]);
    live.charts.pnl.setData([live.x, live.pnl, live.risk]);
    if (p.deviation) {
      live.target = p.target;
      live.heat.push(p.deviation);
      drawHeat(live);
      showMovers(p.deviation, p.target);
    }
  }

  // An ended run: its charts from the stored series.csv and report.json (PnL over time is only in report.html).
  async function backfill(live) {
    let csv, report;
    try {
      [csv, report] = await Promise.all([api('GET', `/api/runs/${live.id}/series`, undefined, undefined, 'text/csv'),
        api('GET', `/api/runs/${live.id}/report`, undefined, undefined, 'application/json')]);
    } catch (e) {
      return;
    }
    if (lab.live !== live) return;
    const rows = csv.trim().split('\n');
    const head = rows.shift().split(',');
    const [share, ema] = [head.indexOf('emission_share'), head.indexOf('ema_price')];
    const tempos = new Map();
    rows.forEach(r => {
      const f = r.split(',');
      const block = Number(f[0]);
      if (!tempos.has(block)) tempos.set(block, { attack: [], twin: [] });
      tempos.get(block)[f[1]][Number(f[2])] = [Number(f[share]), Number(f[ema])];
    });
    const blocks = [...tempos.keys()].sort((a, b) => a - b);
    live.offset = report.regime ? report.regime.chainBlock : blocks[0] - TEMPO_BLOCKS;
    const target = report.target;
    blocks.forEach(b => {
      const { attack, twin } = tempos.get(b);
      const at = n => (attack[n] || [0, null]);
      const tw = n => (twin[n] || [0, null]);
      addPoint(live, { block: b - live.offset, target, shareA: at(target)[0], shareT: twin.length ? tw(target)[0] : null,
        emaA: at(target)[1], emaT: twin.length ? tw(target)[1] : null, pnl: null, risk: null,
        deviation: twin.length ? Array.from({ length: attack.length }, (_, n) => at(n)[0] - tw(n)[0]) : null });
    });
    ((report.detection || {}).alarms || []).forEach(a => onAlarm(live, a));
  }

  function onAlarm(live, a) {
    const x = (live.offset == null ? 0 : a.block - live.offset) / BLOCKS_PER_DAY;
    live.alarmX.push(x);
    live.alarmY.push(a.score);
    live.charts.alarms.setData([live.alarmX, live.alarmY]);
    const li = document.createElement('li');
    li.textContent = `day ${x.toFixed(2)} · SN${a.netuid} · ${a.detector} · score ${a.score.toFixed(2)}`;
    li.title = a.evidence || '';
    $('alarms').prepend(li);
  }

  function showMovers(dev, target) {
    const top = dev.map((d, n) => [n, d]).filter(([n]) => n > 0).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 8);
    $('movers').replaceChildren(...top.map(([n, d]) => {
      const li = document.createElement('li');
      li.textContent = `SN${n}${n === target ? ' (target)' : ''}: ${d >= 0 ? '+' : ''}${(100 * d).toFixed(4)} pp`;
      return li;
    }));
  }

  // Heat strip: one row per subnet, one column per tempo (as wide as the run will need), colour = deviation relative
  // to the largest seen; the target's row is marked at the left edge.
  function drawHeat(live) {
    const c = $('heat');
    const g = c.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, c.width, c.height);
    if (live.heat.length === 0) return;
    const rows = Math.max(1, ...live.heat.map(d => d.reduce((last, v, n) => (v !== 0 ? n : last), 0)));
    const max = Math.max(1e-15, ...live.heat.map(d => Math.max(...d.slice(1).map(Math.abs))));
    const w = c.width / Math.max(live.heat.length, Math.ceil(live.days * BLOCKS_PER_DAY / TEMPO_BLOCKS));
    const h = c.height / rows;
    live.heat.forEach((d, i) => {
      for (let n = 1; n <= rows && n < d.length; n++) {
        const a = Math.sqrt(Math.min(1, Math.abs(d[n]) / max)); // square root: small movers stay visible
        if (a < 0.01) continue;
        g.fillStyle = d[n] > 0 ? `rgba(214,39,40,${a})` : `rgba(31,119,180,${a})`;
        g.fillRect(Math.floor(i * w), Math.floor((n - 1) * h), Math.ceil(w), Math.ceil(h));
      }
    });
    if (live.target > 0 && live.target <= rows) {
      g.fillStyle = '#333';
      g.fillRect(0, (live.target - 1) * h, 6, Math.max(2, h));
    }
  }

  async function control(method, path, body) {
    if (!lab.live) return;
    try {
      const run = await api(method, `/api/runs/${lab.live.id}${path}`, body && JSON.stringify(body),
        body && 'application/json');
      showRun(run);
      refreshRuns();
    } catch (e) {
      notice(e.message);
    }
  }

  $('pause').addEventListener('click', () => control('PUT', '/speed', { paused: true }));
  $('resume').addEventListener('click', () => control('PUT', '/speed', { paused: false }));
  $('set-speed').addEventListener('click', () => control('PUT', '/speed', { speed: speedValue($('live-speed').value) }));
  $('cancel').addEventListener('click', () => control('DELETE', ''));

  showTokenState();
  const linked = /^#run=([\w-]+)$/.exec(location.hash);
  if (linked) openLive(decodeURIComponent(linked[1]));
  loadStrategies().catch(e => notice('cannot list strategies: ' + e.message));
  refreshRuns();
  setInterval(refreshRuns, 2000);
})();
