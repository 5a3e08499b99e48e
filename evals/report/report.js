"use strict";
// Draws the report from the embedded results. Case content is set as text only (never as HTML).
const DATA = JSON.parse(document.getElementById("eval-data").textContent);
const CMP = DATA.comparison || null;
const SUITES = { triage: "Triage", letters: "Brieven", grounds: "Gronden", ask: "Vragen" };
const STATUS = { PASS: "geslaagd", FAIL: "niet geslaagd", REGRESSION: "achteruitgang", FIXED: "opgelost" };
const GROUPS = { held_out: "held-out", tuned: "afgesteld", all: "alle" };
const VERDICTS = { correct: "goed", wrong: "fout", unsure: "twijfel" };
const reviews = {};
let dirty = false;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v; else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  return node;
}
const num = (v, d = 3) => (v === null || v === undefined ? "—" : Number(v).toFixed(d).replace(".", ","));
const count = (g, counted) => (g && g.total ? (counted === false ? `n=${g.cases}` : `${+g.hits.toFixed(2)}/${+g.total.toFixed(2)}`) : "");
const statusOf = (c) => c.status || (c.passed ? "PASS" : "FAIL");
const badge = (s) => el("span", { class: `badge ${s}`, title: s, text: STATUS[s] || s });
const pretty = (v) => el("pre", { text: typeof v === "string" ? v : JSON.stringify(v, null, 2) });
const list = (items) => (items && items.length ? el("ul", { class: "plain" }, items.map((i) => el("li", { text: i }))) : el("p", { class: "hint", text: "—" }));

function runInfo() {
  const r = DATA.run || {}, c = DATA.counts || {};
  const model = r.backend === "none" ? "geen model" : `${r.backend} ${r.model || ""}`;
  const items = [["Datum", r.date], ["Engine", r.engine_version], ["Model", model],
    ["Beoordelaar", r.judge ? `${r.judge.model} (${r.judge.host})` : "geen (alleen metrieken zonder model)"],
    ["Corpus", r.corpus_version], ["Wetteksten", r.law_texts_version || "—"], ["Casussen", `${c.all} (held-out ${c.held_out})`],
    ["Geslaagd", `${c.passed}/${c.all}`], ["Tijd", r.seconds ? `${r.seconds.total} s` : "—"],
    ["Commit", r.git ? `${r.git.commit}${r.git.changed_files ? ` (+${r.git.changed_files} gewijzigd)` : ""}` : "—"]];
  const box = document.getElementById("run");
  box.append(el("div", { class: "meta" }, items.map(([k, v]) => el("span", {}, `${k}: `, el("b", { text: v ?? "—" })))));
  const prompts = Object.entries(r.prompt_versions || {}).map(([k, v]) => `${k} v${v.version} (${v.sha})`);
  const pkgs = Object.entries(r.packages || {}).map(([k, v]) => `${k} ${v ?? "-"}`);
  const suites = Object.entries(c.by_suite || {}).map(([s, v]) => `${SUITES[s] || s}: ${v.cases} (held-out ${v.held_out}; ${Object.entries(v.sets).map(([k, n]) => `${k} ${n}`).join(", ")})`);
  box.append(el("details", { class: "more" }, el("summary", { text: "Meer over deze run" }),
    el("div", { text: `Prompts: ${prompts.join("; ")}` }), el("div", { text: `Pakketten: ${pkgs.join(", ")}` }),
    el("div", { text: `Suites: ${suites.join(" · ")}` }), el("div", { text: `Index: ${r.index || "—"}; casussen: ${r.cases_dir || "—"}; embedder: ${r.embedder}` }),
    el("div", { text: CMP ? `Basislijn: ${CMP.baseline_file} (${(CMP.baseline_run || {}).date || "?"}, engine ${(CMP.baseline_run || {}).engine_version || "?"})` : "Geen basislijn vergeleken." })));
}

function banner() {
  const box = document.getElementById("verdict-banner");
  if (!CMP) { box.append(el("div", { class: "banner", text: "Geen basislijn: alleen de uitkomsten van deze run." })); return; }
  const bad = CMP.regressions.length || CMP.metric_regressions.length;
  const parts = [`${CMP.regressions.length} casus(sen) achteruitgegaan`, `${CMP.fixed.length} opgelost`,
    `${CMP.changed.length} gewijzigd`, `${CMP.new_cases} nieuw`, `${CMP.removed_cases.length} verdwenen`];
  box.append(el("div", { class: `banner ${bad ? "bad" : "good"}` },
    el("strong", { text: bad ? "Achteruitgang ten opzichte van de basislijn. " : "Geen achteruitgang ten opzichte van de basislijn. " }),
    parts.join(" · "), CMP.metric_regressions.length ? el("div", { text: `Metrieken slechter dan toegestaan: ${CMP.metric_regressions.join(", ")}` }) : null));
}

function summary() {
  const head = el("tr", {}, ["Metriek", "Suite", "Alle", "Held-out", "Afgesteld", "Basislijn → nu (zelfde casussen)", "Niet gehaald"].map((h) => el("th", { text: h })));
  const rows = Object.entries(DATA.metrics).map(([name, m]) => {
    const g = m.groups, f = CMP && CMP.metrics[name] ? CMP.metrics[name].all : null;
    const delta = f ? el("span", { class: f.regression ? "down" : f.delta > 0 === m.higher_is_better && f.delta !== 0 ? "up" : "" }, `${num(f.baseline)} → ${num(f.now)}`) : "—";
    const parts = Object.entries(g.all.parts || {}).map(([p, [h, t]]) => `${p} ${+h.toFixed(2)}/${+t.toFixed(2)}`).join(" · ");
    const label = el("td", {}, el("strong", { text: m.label }), m.higher_is_better ? "" : el("span", { class: "hint", text: " (lager is beter)" }),
      el("div", { class: "hint", text: m.description }), parts ? el("div", { class: "hint", text: parts }) : null);
    const cell = (x) => el("td", { class: "num" }, num(x.value), x.total ? el("div", { class: "hint", text: count(x, m.counted) }) : null);
    return el("tr", { id: `m-${name}` }, label, el("td", { text: m.suites.map((s) => SUITES[s] || s).join(", ") }),
      cell(g.all), cell(g.held_out), cell(g.tuned), el("td", { class: "num" }, delta), el("td", { class: "num", text: m.gate ? `${g.all.failed}/${g.all.cases}` : "—" }));
  });
  document.getElementById("summary").append(el("table", {}, el("thead", {}, head), el("tbody", {}, rows)));
}

function chart(name, m, fig) {
  const ns = "http://www.w3.org/2000/svg", W = 280, H = 150, base = 120, top = 14;
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  svg.setAttribute("role", "img");
  const add = (tag, attrs, text) => { const n = document.createElementNS(ns, tag); for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v); if (text !== undefined) n.textContent = text; svg.append(n); };
  add("line", { x1: 30, x2: W - 6, y1: base, y2: base, stroke: "#a0aab5" });
  [0, 0.5, 1].forEach((v) => add("text", { x: 26, y: base - v * (base - top) + 4, "text-anchor": "end", "font-size": 10, fill: "#5b6877" }, num(v, 1)));
  ["held_out", "tuned"].forEach((g, i) => {
    const x0 = 44 + i * 120;
    if (!fig[g]) { add("text", { x: x0 + 42, y: base - 20, "text-anchor": "middle", "font-size": 10, fill: "#5b6877" }, "geen casussen"); add("text", { x: x0 + 42, y: base + 26, "text-anchor": "middle", "font-size": 11, "font-weight": 600 }, GROUPS[g]); return; }
    [["baseline", "#a9b4c0", "basis"], ["now", "#1f6fb2", "nu"]].forEach(([k, color, word], j) => {
      const v = fig[g][k], h = Math.max(1, v * (base - top)), x = x0 + j * 46;
      add("rect", { x, y: base - h, width: 38, height: h, fill: color });
      add("text", { x: x + 19, y: base - h - 3, "text-anchor": "middle", "font-size": 10 }, num(v, 2));
      add("text", { x: x + 19, y: base + 12, "text-anchor": "middle", "font-size": 10, fill: "#5b6877" }, word);
    });
    add("text", { x: x0 + 42, y: base + 26, "text-anchor": "middle", "font-size": 11, "font-weight": 600 }, `${GROUPS[g]}${fig[g].regression ? " ▼" : ""}`);
  });
  return el("div", { class: "chart" }, el("h3", { text: m.label + (m.higher_is_better ? "" : " (lager is beter)") }), svg);
}

function charts() {
  const box = document.getElementById("charts");
  if (!CMP) { box.append(el("p", { class: "hint", text: "Geen basislijn om mee te vergelijken." })); return; }
  for (const [name, m] of Object.entries(DATA.metrics)) if (CMP.metrics[name]) box.append(chart(name, m, CMP.metrics[name]));
}

function shownText(c) {
  const o = c.output || {};
  if (c.suite === "letters") return o.explanation || "";
  if (c.suite === "ask") return o.answer || "";
  if (c.suite === "triage") return `Categorie ${o.category}, spoed ${o.urgent ? "ja" : "nee"}. ${o.summary || ""}`;
  return (o.grounds || []).map((g, i) => `${i + 1}. ${g.citation}: ${g.title}`).join("\n");
}

function scoreLines(c) {
  return Object.entries(c.scores).map(([name, s]) => {
    const m = DATA.metrics[name] || { label: name };
    const failed = c.failed.includes(name) ? " ✗" : "";
    return `${m.label}: ${num(s.value)} (${+s.hits.toFixed(3)}/${+s.total.toFixed(3)})${failed}${s.note ? ` — ${s.note}` : ""}`;
  });
}

function reviewBox(c) {
  const prev = c.verdict;
  const state = reviews[c.id] || (prev ? { verdict: prev.verdict, comment: prev.comment, date: prev.date, reviewer: prev.reviewer } : { verdict: "", comment: "" });
  const select = el("select", { "aria-label": "Oordeel" }, el("option", { value: "", text: "— geen oordeel —" }), Object.entries(VERDICTS).map(([k, v]) => el("option", { value: k, text: v })));
  select.value = state.verdict || "";
  const note = el("textarea", { placeholder: "Toelichting", "aria-label": "Toelichting" });
  note.value = state.comment || "";
  const save = () => {
    if (!select.value) { delete reviews[c.id]; } else { reviews[c.id] = { verdict: select.value, comment: note.value.trim(), date: new Date().toISOString(), reviewer: null }; }
    dirty = true; reviewList(); table();
  };
  select.addEventListener("change", save); note.addEventListener("change", save);
  const earlier = prev ? el("div", { class: prev.stale ? "stale" : "hint", text: `Eerder oordeel: ${VERDICTS[prev.verdict]}${prev.reviewer ? ` (${prev.reviewer})` : ""}, ${String(prev.date || "").slice(0, 10)}${prev.comment ? `: ${prev.comment}` : ""}${prev.stale ? " — gegeven bij een andere uitvoer" : ""}` }) : null;
  return el("div", { class: "review" }, el("strong", { text: "Oordeel" }), select, note, earlier);
}

function detail(c) {
  const input = c.input_text || c.input.text || c.input.question || "";
  const changes = (c.changes || []).map((x) => `${(DATA.metrics[x.metric] || {}).label || x.metric}: ${num(x.before)} → ${num(x.after)}${x.worse ? " (slechter)" : " (beter)"}`);
  if (c.baseline && c.baseline.output_changed) changes.push("De uitvoer verschilt van die in de basislijn.");
  const meta = `Bron van de verwachting: ${c.source || "onbekend"} · geschreven ${c.written || "?"} · ${c.held_out ? "held-out" : "afgesteld"} · ${c.path}`;
  return el("td", { colspan: 7 },
    el("p", { class: "hint", text: meta }), c.error ? el("p", { class: "down", text: `Fout bij het draaien: ${c.error}` }) : null,
    el("div", { class: "grid" },
      el("div", {}, el("h4", { text: "Invoer" }), pretty(c.input.obstacle ? `${input}\n\nObstakel: ${c.input.obstacle}` : input)),
      el("div", {}, el("h4", { text: "Verwacht" }), pretty(c.expected)),
      el("div", {}, el("h4", { text: "Uitvoer" }), pretty(shownText(c)), el("details", {}, el("summary", { text: "volledige uitvoer (JSON)" }), pretty(c.output))),
      el("div", {}, el("h4", { text: "Scores" }), list(scoreLines(c)), el("h4", { text: "Verschil met de basislijn" }), list(changes)),
      el("div", {}, el("h4", { text: "Onderbouwing (bewijs)" }), list(c.evidence)),
      el("div", {}, el("h4", { text: "Bronnen" }), list(c.sources))),
    reviewBox(c));
}

const isChanged = (c) => (c.changes && c.changes.length) || ["REGRESSION", "FIXED"].includes(c.status) || (c.baseline && c.baseline.output_changed);

function filtered() {
  const v = (id) => document.getElementById(id).value;
  const text = v("f-text").toLowerCase(), onlyChanged = document.getElementById("f-changed").checked;
  return DATA.cases.filter((c) => (!v("f-suite") || c.suite === v("f-suite")) && (!v("f-status") || statusOf(c) === v("f-status"))
    && (!v("f-group") || (c.held_out ? "held_out" : "tuned") === v("f-group")) && (!onlyChanged || isChanged(c))
    && (!text || `${c.id} ${c.title}`.toLowerCase().includes(text)));
}

const open = new Set();
function table() {
  const body = document.querySelector("#cases tbody");
  body.replaceChildren();
  const rows = filtered();
  document.getElementById("f-count").textContent = `${rows.length} van ${DATA.cases.length} casussen`;
  for (const c of rows) {
    const verdict = reviews[c.id] || c.verdict;
    const failed = c.failed.map((n) => (DATA.metrics[n] || { label: n }).label).join(", ");
    const tr = el("tr", { class: "case", "data-id": c.id, onclick: () => { open.has(c.id) ? open.delete(c.id) : open.add(c.id); table(); } },
      el("td", {}, badge(statusOf(c)), c.new ? el("span", { class: "badge new", text: "nieuw" }) : null),
      el("td", {}, el("div", { text: c.title }), el("div", { class: "hint", text: c.id })), el("td", { text: SUITES[c.suite] || c.suite }),
      el("td", { text: c.set }), el("td", { text: c.held_out ? "held-out" : "afgesteld" }), el("td", { text: failed }),
      el("td", { text: verdict ? VERDICTS[verdict.verdict] : "" }));
    body.append(tr);
    if (open.has(c.id)) body.append(el("tr", { class: "detail" }, detail(c)));
  }
}

function filters() {
  const fill = (id, values, names) => document.getElementById(id).append(el("option", { value: "", text: "alle" }), ...values.map((v) => el("option", { value: v, text: names[v] || v })));
  fill("f-suite", [...new Set(DATA.cases.map((c) => c.suite))], SUITES);
  fill("f-status", [...new Set(DATA.cases.map(statusOf))], STATUS);
  for (const id of ["f-suite", "f-status", "f-group", "f-changed", "f-text"]) document.getElementById(id).addEventListener("input", table);
  if (CMP && CMP.changed.length) document.getElementById("f-changed").checked = true;
}

function reviewList() {
  const ids = Object.keys(reviews);
  document.getElementById("review-count").textContent = `${ids.length} oordeel/oordelen in dit venster${dirty ? " (nog niet geëxporteerd)" : ""}`;
  document.getElementById("review-list").replaceChildren(list(ids.map((id) => `${id}: ${VERDICTS[reviews[id].verdict]}${reviews[id].comment ? ` — ${reviews[id].comment}` : ""}`)));
}

function exportVerdicts() {
  const reviewer = document.getElementById("reviewer").value.trim() || null;
  const byId = Object.fromEntries(DATA.cases.map((c) => [c.id, c]));
  const verdicts = Object.fromEntries(Object.entries(reviews).map(([id, r]) => [id, { ...r, reviewer: r.reviewer || reviewer, output_hash: byId[id] ? byId[id].output_hash : null }]));
  const blob = new Blob([JSON.stringify({ format: "regiewijzer-eval-verdicts/1", run_date: (DATA.run || {}).date, verdicts }, null, 1)], { type: "application/json" });
  const a = el("a", { href: URL.createObjectURL(blob), download: `oordelen-${String((DATA.run || {}).date || "").slice(0, 10)}.json` });
  document.body.append(a); a.click(); a.remove();
  dirty = false; reviewList();
}

runInfo(); banner(); summary(); charts(); filters(); table(); reviewList();
document.getElementById("export").addEventListener("click", exportVerdicts);
window.addEventListener("beforeunload", (e) => { if (dirty) { e.preventDefault(); e.returnValue = ""; } });
