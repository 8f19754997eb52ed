// Brink dashboard. Every filter lives in the page's query string, so a view can be bookmarked and
// shared; the page reads it on load and writes it on every change. All text from the store is put
// in the page with textContent, never as HTML.
"use strict";
(function () {
  const FILTERS = ["dyad", "from", "to", "actor", "quad", "modality", "q"];
  const PAGE = 25;
  const $ = id => document.getElementById(id);
  let offset = 0;
  let chart = null;

  function state() {
    const params = new URLSearchParams(location.search);
    const s = {};
    for (const name of FILTERS) {
      s[name] = params.get(name) || "";
    }
    s.offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
    s.event = params.get("event") || "";
    return s;
  }

  function writeState(s) {
    const params = new URLSearchParams();
    for (const name of FILTERS) {
      if (s[name]) params.set(name, s[name]);
    }
    if (s.offset) params.set("offset", String(s.offset));
    if (s.event) params.set("event", s.event);
    const query = params.toString();
    history.replaceState(null, "", query ? "?" + query : location.pathname);
  }

  function formState() {
    const s = {};
    for (const name of FILTERS) {
      s[name] = $(name).value.trim();
    }
    s.offset = 0;
    s.event = "";
    return s;
  }

  function fillForm(s) {
    for (const name of FILTERS) {
      const input = $(name);
      if (input.tagName === "SELECT" && s[name] && ![...input.options].some(o => o.value === s[name])) {
        input.append(new Option(s[name], s[name]));
      }
      input.value = s[name];
    }
  }

  async function api(path, params) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params || {})) {
      if (value !== "" && value !== null && value !== undefined) query.set(key, value);
    }
    const url = path + (query.toString() ? "?" + query : "");
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({ message: response.statusText }));
    if (!response.ok) {
      throw new Error(body.message || response.status + " " + response.statusText);
    }
    return body;
  }

  function showError(error) {
    const p = $("error");
    if (error) {
      p.textContent = String(error.message || error);
      p.hidden = false;
    } else {
      p.hidden = true;
    }
  }

  function text(tag, content, className) {
    const node = document.createElement(tag);
    if (content !== undefined && content !== null) node.textContent = String(content);
    if (className) node.className = className;
    return node;
  }

  /** The sentence with source, trigger and target spans wrapped in marks (spans are in the article's text). */
  function highlighted(mention) {
    const sentence = mention.sentence.text;
    const base = mention.sentence.span[0];
    const spans = [];
    for (const role of ["source", "trigger", "target"]) {
      const part = mention[role];
      if (part && part.span) {
        const begin = part.span[0] - base, end = part.span[1] - base;
        if (begin >= 0 && end <= sentence.length && begin < end) spans.push({ role, begin, end });
      }
    }
    spans.sort((a, b) => a.begin - b.begin || b.end - a.end);
    const span = document.createElement("span");
    span.className = "sentence";
    let at = 0;
    for (const s of spans) {
      if (s.begin < at) continue; // overlapping spans: keep the first
      span.append(document.createTextNode(sentence.slice(at, s.begin)));
      span.append(text("mark", sentence.slice(s.begin, s.end), s.role));
      at = s.end;
    }
    span.append(document.createTextNode(sentence.slice(at)));
    return span;
  }

  function actorLabel(actor) {
    if (!actor) return "—";
    return actor.code || actor.country || actor.text || actor.name || "—";
  }

  function dyadParams(s) {
    return { dyad: s.dyad, actor: s.actor, quad: s.quad, modality: s.modality, q: s.q, from: s.from, to: s.to };
  }

  async function loadStatus() {
    const status = await api("/api/status");
    const c = status.counts;
    $("status").textContent = `${c.articles} articles · ${c.events} events merged from ${c.mentions} mentions · ${c.quotes} quotes`
      + (c.first_day ? ` · ${c.first_day} to ${c.last_day}` : "");
  }

  async function loadDyads(s) {
    const select = $("dyad");
    const dyads = await api("/api/dyads", { limit: 100 });
    const seen = new Set();
    select.replaceChildren(new Option("choose a dyad…", ""));
    for (const d of dyads.items) {
      if (d.source === "---" || d.target === "---") continue;
      const pair = [d.source, d.target].sort().join("-");
      if (seen.has(pair)) continue;
      seen.add(pair);
      select.append(new Option(`${d.source} – ${d.target} (${d.events} events, ${d.conflict_events} conflict)`, `${d.source}-${d.target}`));
    }
    fillForm(s);
  }

  async function loadTimeline(s) {
    const canvas = $("timeline");
    if (chart) {
      chart.destroy();
      chart = null;
    }
    canvas.dataset.points = "0";
    if (!s.dyad) {
      $("timeline-title").textContent = "";
      $("timeline-empty").hidden = false;
      return;
    }
    const [a, b] = s.dyad.split("-");
    const timeline = (x, y, range) => api(`/api/dyads/${encodeURIComponent(x)}/${encodeURIComponent(y)}/timeline`, range);
    let [forward, backward] = await Promise.all([timeline(a, b, { from: s.from, to: s.to }), timeline(b, a, { from: s.from, to: s.to })]);
    // Each direction's series spans its own events; draw both over the days of either.
    const all = [...forward.escalation, ...backward.escalation].map(p => p.day).sort();
    if (all.length && !(s.from && s.to)) {
      const range = { from: s.from || all[0], to: s.to || all[all.length - 1] };
      [forward, backward] = await Promise.all([timeline(a, b, range), timeline(b, a, range)]);
    }
    const days = [...new Set([...forward.escalation, ...backward.escalation].map(p => p.day))].sort();
    const byDay = series => new Map(series.escalation.map(p => [p.day, p]));
    const f = byDay(forward), r = byDay(backward);
    const line = (points, label, colour) => ({
      label,
      data: days.map(d => (points.has(d) ? points.get(d).index : null)),
      borderColor: colour,
      backgroundColor: colour,
      spanGaps: true,
      tension: 0.2,
      pointRadius: days.map(d => (points.has(d) && points.get(d).alert ? 6 : 0)),
      pointBackgroundColor: "#c62828",
    });
    $("timeline-title").textContent = `${a} → ${b} and ${b} → ${a}`;
    $("timeline-empty").hidden = days.length > 0;
    if (days.length === 0) {
      $("timeline-empty").textContent = "No merged events for this dyad in the period.";
      return;
    }
    chart = new Chart(canvas, {
      type: "line",
      data: { labels: days, datasets: [line(f, `${a} → ${b}`, "#1565c0"), line(r, `${b} → ${a}`, "#ef6c00")] },
      options: {
        animation: false,
        maintainAspectRatio: false,
        interaction: { mode: "index", intersect: false },
        scales: { y: { title: { display: true, text: "escalation index" } }, x: { ticks: { maxTicksLimit: 12 } } },
        plugins: {
          tooltip: {
            callbacks: {
              afterLabel: item => {
                const point = (item.datasetIndex === 0 ? f : r).get(days[item.dataIndex]);
                return point && point.z !== null ? `z ${point.z}${point.alert ? " (alert)" : ""}` : "";
              },
            },
          },
        },
        onClick: (event, elements) => {
          if (elements.length) {
            const day = days[elements[0].index];
            const next = Object.assign(state(), { from: day, to: day, offset: 0, event: "" });
            apply(next);
          }
        },
      },
    });
    canvas.dataset.points = String(days.length);
  }

  async function loadEvents(s) {
    const page = await api("/api/mentions", Object.assign(dyadParams(s), { limit: PAGE, offset: s.offset, sort: "date", order: "desc" }));
    const body = $("events-table").tBodies[0];
    body.replaceChildren();
    for (const m of page.items) {
      const row = document.createElement("tr");
      row.dataset.id = m.id;
      row.append(
        text("td", m.date || (m.article && m.article.published) || "—"),
        text("td", `${m.code} ${m.name}`, `code quad${m.quad_class}`),
        text("td", `${actorLabel(m.source)} → ${actorLabel(m.target)}`),
      );
      const evidence = document.createElement("td");
      evidence.append(highlighted(m));
      row.append(evidence, text("td", m.modality), text("td", (m.article && (m.article.title || m.article.id)) || ""));
      row.addEventListener("click", () => {
        for (const r of body.rows) r.classList.toggle("selected", r === row);
        const next = Object.assign(state(), { event: m.id });
        writeState(next);
        loadEvidence(m.id).catch(showError);
      });
      body.append(row);
    }
    $("events-count").textContent = `${page.total} mentions`;
    const last = Math.min(page.offset + page.items.length, page.total);
    $("page").textContent = page.total ? `${page.offset + 1}–${last} of ${page.total}` : "none";
    $("prev").disabled = page.offset === 0;
    $("next").disabled = last >= page.total;
  }

  async function loadEvidence(mentionId) {
    const panel = $("evidence"), out = $("evidence-body");
    const mention = await api("/api/mentions/" + encodeURIComponent(mentionId));
    out.replaceChildren();
    let mentions = [mention];
    if (mention.event_id !== null && mention.event_id !== undefined) {
      const event = await api("/api/events/" + mention.event_id);
      const facts = document.createElement("div");
      facts.className = "facts";
      facts.append(
        text("span", `Event ${event.id}: ${event.code} ${event.name}`),
        text("span", `${actorLabel(event.source)} → ${actorLabel(event.target)}`),
        text("span", `first day ${event.day}`),
        text("span", `QuadClass ${event.quad_class}, Goldstein ${event.goldstein}`),
        text("span", `${event.num_mentions} mentions in ${event.num_articles} articles from ${event.num_sources} sources`),
      );
      if (event.location) facts.append(text("span", `at ${event.location.name}`));
      out.append(facts);
      mentions = event.evidence;
    } else {
      out.append(text("p", `This mention is ${mention.modality}: it belongs to no merged event.`, "muted"));
    }
    for (const m of mentions) {
      const block = document.createElement("div");
      block.className = "mention";
      block.dataset.id = m.id;
      const sentence = document.createElement("p");
      sentence.append(highlighted(m));
      const meta = text("p", "", "meta");
      const article = m.article || {};
      meta.append(text("span", `${article.title || article.id}${article.outlet ? " · " + article.outlet : ""}${article.published ? " · " + article.published : ""}`));
      if (article.url && /^https?:\/\//.test(article.url)) {
        const link = text("a", " source");
        link.href = article.url;
        link.rel = "noopener noreferrer";
        link.target = "_blank";
        meta.append(link);
      }
      meta.append(text("span", ` · ${m.modality} · rule ${m.rule} · confidence ${m.confidence}`));
      block.append(sentence, meta);
      for (const quote of m.quotes || []) {
        const speaker = quote.speaker
          ? ` — ${quote.speaker.text}` + (quote.speaker.refers_to ? ` (${quote.speaker.refers_to.text})` : "")
          : "";
        const q = text("blockquote", `“${quote.text}”` + speaker);
        block.append(q);
      }
      out.append(block);
    }
    panel.hidden = false;
    panel.scrollIntoView({ block: "nearest" });
  }

  async function loadNetwork(s) {
    const network = await api("/api/network", { from: s.from, to: s.to, quad: s.quad, q: s.q, edges: 40 });
    BrinkNetwork.render($("network"), network, country => {
      apply(Object.assign(state(), { actor: country, offset: 0, event: "" }));
    });
  }

  async function loadQuotes(s) {
    const quotes = await api("/api/quotes", { from: s.from, to: s.to, q: s.q, limit: 20 });
    const list = $("quotes");
    list.replaceChildren();
    for (const quote of quotes.items) {
      const li = document.createElement("li");
      li.append(text("blockquote", `“${quote.text}”`));
      const who = quote.speaker ? `${quote.speaker.text}${quote.speaker.code ? " (" + quote.speaker.code + ")" : ""}` : "unattributed";
      li.append(text("span", `${who} · ${quote.article.title || quote.article.id}${quote.article.published ? " · " + quote.article.published : ""}`, "muted"));
      list.append(li);
    }
    if (!quotes.items.length) list.append(text("li", "No quotes in the period.", "muted"));
  }

  async function loadAlerts(s) {
    const alerts = await api("/api/alerts", { from: s.from, to: s.to, limit: 20 });
    const list = $("alerts");
    list.replaceChildren();
    for (const alert of alerts.items) {
      const li = text("li", `${alert.day} · ${alert.source} → ${alert.target} · index ${alert.index}, z ${alert.z} · ${alert.events} events`, "clickable");
      li.addEventListener("click", () => apply(Object.assign(state(), { dyad: `${alert.source}-${alert.target}`, offset: 0, event: "" })));
      list.append(li);
    }
    if (!alerts.items.length) list.append(text("li", "No alerts in the period.", "muted"));
  }

  async function apply(s) {
    writeState(s);
    fillForm(s);
    showError(null);
    $("evidence").hidden = !s.event;
    const jobs = [loadTimeline(s), loadEvents(s), loadNetwork(s), loadQuotes(s), loadAlerts(s)];
    if (s.event) jobs.push(loadEvidence(s.event));
    const results = await Promise.allSettled(jobs);
    const failed = results.find(r => r.status === "rejected");
    if (failed) showError(failed.reason);
    document.body.dataset.ready = "true";
  }

  async function start() {
    const s = state();
    try {
      await Promise.all([loadStatus(), loadDyads(s)]);
    } catch (error) {
      showError(error);
    }
    $("filters").addEventListener("submit", e => {
      e.preventDefault();
      apply(formState());
    });
    $("dyad").addEventListener("change", () => apply(formState()));
    $("clear").addEventListener("click", () => apply({ dyad: "", from: "", to: "", actor: "", quad: "", modality: "", q: "", offset: 0, event: "" }));
    $("prev").addEventListener("click", () => apply(Object.assign(state(), { offset: Math.max(0, state().offset - PAGE), event: "" })));
    $("next").addEventListener("click", () => apply(Object.assign(state(), { offset: state().offset + PAGE, event: "" })));
    $("close-evidence").addEventListener("click", () => {
      $("evidence").hidden = true;
      writeState(Object.assign(state(), { event: "" }));
    });
    await apply(s);
  }

  document.addEventListener("DOMContentLoaded", start);
})();
