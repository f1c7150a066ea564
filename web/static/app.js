// The oversighters' page. Every string from the wiki (titles, user names, excerpts, reasons)
// goes into the DOM through textContent only: never innerHTML, never a URL we did not build.
"use strict";

(() => {
  const POLL_MS = 5000;
  const OUTCOMES = ["suppressed", "dismissed", "already-hidden", "duplicate"];
  const state = { csrf: null, user: null, canSuppress: false, timer: null, view: "open",
                  cases: {}, fields: {} };
  const VIEWS = { open: "pending,claimed", resolved: OUTCOMES.join(",") };
  const HIDE_LABELS = { content: "Hide revision text", comment: "Hide edit summary",
                        user: "Hide editor's username" };
  const cards = new Map();
  const errors = new Map(); // request id → the last action's error, kept across re-renders
  const byId = (id) => document.getElementById(id);

  async function api(method, path, body) {
    const headers = { Accept: "application/json" };
    if (method !== "GET") headers["X-CSRF-Token"] = state.csrf || "";
    const init = { method, headers, credentials: "same-origin", cache: "no-store" };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const response = await fetch(path, init);
    let data = null;
    try { data = await response.json(); } catch (_) { data = null; }
    if (!response.ok) {
      const error = new Error((data && data.error) || `HTTP ${response.status}`);
      error.status = response.status;
      throw error;
    }
    return data;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function link(url, label) {
    const a = el("a", "wiki-link", label);
    if (typeof url === "string" && /^https?:\/\//.test(url)) {
      a.href = url;
      a.rel = "noopener noreferrer";
      a.target = "_blank";
    } else {
      a.classList.add("disabled");
    }
    return a;
  }

  function when(ms) {
    if (typeof ms !== "number") return "";
    return new Date(ms).toISOString().replace("T", " ").slice(0, 16) + " UTC";
  }

  function setStatus(text, isError) {
    const status = byId("status");
    status.textContent = text || "";
    status.classList.toggle("error", Boolean(isError));
  }

  function showSignedIn(signedIn) {
    byId("sign-in").hidden = signedIn;
    byId("queue").hidden = !signedIn;
    byId("who").hidden = !signedIn;
    byId("user").textContent = signedIn ? state.user : "";
    if (!signedIn) {
      stopPolling();
      cards.clear();
      byId("requests").replaceChildren();
    }
  }

  function button(label, className, onClick) {
    const b = el("button", className, label);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }

  async function act(card, requestId, method, path, body) {
    card.querySelector(".error").textContent = "";
    errors.delete(requestId);
    card.classList.add("busy");
    try {
      await api(method, path, body);
    } catch (err) {
      if (err.status === 401) return signedOut();
      errors.set(requestId, err.message);
    } finally {
      card.classList.remove("busy");
    }
    await refresh();
    const current = cards.get(requestId);
    if (current && errors.has(requestId)) {
      current.querySelector(".error").textContent = errors.get(requestId);
    }
  }

  function resolveForm(card, request) {
    const form = el("form", "resolve");
    const select = el("select", "outcome");
    select.setAttribute("aria-label", "Outcome");
    for (const outcome of OUTCOMES) {
      const option = el("option", null, outcome);
      option.value = outcome;
      select.append(option);
    }
    const note = el("input", "note");
    note.type = "text";
    note.maxLength = 2000;
    note.placeholder = "Note (optional)";
    note.setAttribute("aria-label", "Note");
    const submit = el("button", "resolve-button", "Resolve");
    submit.type = "submit";
    form.append(select, note, submit);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const body = { outcome: select.value };
      if (note.value.trim()) body.note = note.value.trim();
      act(card, request.id, "POST", `/api/v1/requests/${request.id}/resolve`, body);
    });
    return form;
  }

  function actions(card, request) {
    const box = el("div", "actions");
    const path = `/api/v1/requests/${request.id}`;
    const mine = request.state === "claimed" && request.claimed_by === state.user;
    if (OUTCOMES.includes(request.state)) {
      // a resolution made in error is not final: back to pending, audited with who and why
      box.append(button("Reopen", "reopen", () => act(card, request.id, "POST", `${path}/reopen`,
                                                      { note: "reopened from the queue page" })));
    }
    if (request.state === "pending") {
      box.append(button("Claim", "claim", () => act(card, request.id, "POST", `${path}/claim`)));
    }
    if (mine) {
      box.append(button("Release", "release",
                        () => act(card, request.id, "POST", `${path}/release`)));
      if (state.canSuppress) {
        box.append(button("Suppress", "suppress",
                          () => act(card, request.id, "POST", `${path}/suppress`)));
      }
      box.append(resolveForm(card, request));
    }
    return box;
  }

  function header(request) {
    const head = el("div", "head");
    head.append(
      el("span", "rid", `#${request.id}`),
      el("span", "score", Number(request.score).toFixed(2)),
      el("span", `tier tier-${request.tier === "likely" ? "likely" : "possible"}`,
         request.tier || "possible"),
      el("span", "types", (request.types || []).join(", ")),
      el("span", "wiki", `${request.wiki} r${request.rev_id}`),
      el("time", "time", when(request.event_time)),
    );
    const caseId = state.cases[String(request.id)];
    if (Number.isInteger(caseId)) {
      head.append(button(`case ${caseId}`, "case-chip", () => showCase(caseId)));
    }
    return head;
  }

  // Filters, cases and known values.
  function query() {
    const params = new URLSearchParams({ limit: "200" });
    const wanted = {
      wiki: byId("f-wiki").value.trim(), type: byId("f-type").value,
      tier: byId("f-tier").value, case: byId("f-case").value,
      state: state.view === "resolved" ? VIEWS.resolved : byId("f-state").value,
    };
    for (const [name, value] of Object.entries(wanted)) {
      if (value) params.set(name, value);
    }
    return params.toString();
  }

  function showCase(caseId) {
    byId("f-case").value = String(caseId);
    byId("f-state").value = "";
    refresh();
  }

  function clearFilters() {
    byId("filters").reset();
    refresh();
  }

  async function loadCases(requests) {
    if (!requests.length) { state.cases = {}; state.fields = {}; return; }
    const ids = requests.map((r) => r.id).join(",");
    try {
      const data = await api("GET", `/api/v1/case-of?ids=${ids}`);
      state.cases = data.cases || {};
      state.fields = data.fields || {};
    } catch (_) {
      state.cases = {};
      state.fields = {};
    }
  }

  function knownItem(known) {
    const item = el("li", "known-value");
    item.append(el("span", "known-type", known.type),
                el("span", "known-meta",
                   ` added by ${known.added_by} ${when(known.added_at)} · ${known.matches} match(es) `),
                button("Remove", "known-remove", async () => {
                  try {
                    await api("DELETE", `/api/v1/known-values/${known.id}`);
                  } catch (err) {
                    byId("known-status").textContent = err.message;
                  }
                  loadKnown();
                }));
    return item;
  }

  async function loadKnown() {
    try {
      const data = await api("GET", "/api/v1/known-values");
      byId("known-list").replaceChildren(...data.known_values.map(knownItem));
    } catch (err) {
      byId("known-status").textContent = `Could not load known values: ${err.message}`;
    }
  }

  async function addKnown(event) {
    event.preventDefault();
    const input = byId("k-value");
    const body = { type: byId("k-type").value, value: input.value };
    input.value = ""; // the value leaves the page at once: never kept, never shown
    const wiki = byId("k-wiki").value.trim();
    if (wiki) body.wiki = wiki;
    try {
      const data = await api("POST", "/api/v1/known-values", body);
      byId("known-status").textContent = data.created
        ? `Added a known ${data.known_value.type}.` : "That value was already known.";
    } catch (err) {
      byId("known-status").textContent = `Not added: ${err.message}`;
    }
    loadKnown();
  }

  function details(request) {
    const meta = el("p", "meta");
    meta.append(el("span", "title", request.title), " · edited by ",
                el("span", "editor", request.user));
    const reasons = el("ul", "reasons");
    for (const reason of request.reasons || []) reasons.append(el("li", null, reason));
    const links = el("div", "links");
    links.append(link(request.diff_url, "Diff on the wiki"),
                 link(request.revisiondelete_url, "Special:RevisionDelete"));
    const where = state.fields[String(request.id)];
    const parts = [meta, el("pre", "excerpt", request.excerpt), reasons, links];
    const revisions = request.revisions || [];
    if (revisions.length > 1) {
      // an outing split over consecutive edits: every revision is suppressed, not just the last
      const line = el("p", "revisions", `Split over ${revisions.length} edits: `);
      const diffs = request.revision_diff_urls || [];
      revisions.forEach((rev, i) => {
        if (i) line.append(", ");
        line.append(link(diffs[i], `r${rev}`));
      });
      parts.push(line);
    }
    if (where && Array.isArray(where.labels)) {
      const ticks = (where.hide || []).map((bit) => HIDE_LABELS[bit] || bit);
      parts.push(el("p", "fields", `In: ${where.labels.join(", ")} · tick: ${ticks.join(", ")}`));
      if (where.hide_user_url) links.append(link(where.hide_user_url, "Hide the account name"));
    }
    return parts;
  }

  function claimLine(request) {
    const line = el("p", "claim-state");
    if (request.state === "claimed") {
      line.textContent = `Claimed by ${request.claimed_by} until ${when(request.lease_until)}`;
    } else if (OUTCOMES.includes(request.state)) {
      line.textContent = `Resolved (${request.state}) ${when(request.resolved_at)}`;
    } else {
      line.textContent = "Pending";
    }
    if (request.linked && request.linked.length) {
      line.append(el("span", "linked", ` · shares a finding with #${request.linked.join(", #")}`));
    }
    return line;
  }

  function buildCard(request) {
    const card = el("li", "card");
    card.id = `request-${request.id}`;
    card.dataset.signature = signature(request);
    card.append(header(request), ...details(request), claimLine(request));
    card.append(actions(card, request), el("p", "error", errors.get(request.id)));
    return card;
  }

  function signature(request) {
    const where = state.fields[String(request.id)];
    return [request.state, request.claimed_by, request.lease_until, state.canSuppress,
            state.cases[String(request.id)], where ? where.fields.join(",") : ""].join("|");
  }

  function render(requests) {
    const list = byId("requests");
    const seen = new Set();
    for (const request of requests) {
      seen.add(request.id);
      let card = cards.get(request.id);
      const busy = card && card.contains(document.activeElement) && card.querySelector(".note");
      if (!card || (card.dataset.signature !== signature(request) && !busy)) {
        const fresh = buildCard(request);
        if (card) card.replaceWith(fresh);
        card = fresh;
        cards.set(request.id, card);
      }
      list.append(card);
    }
    for (const [id, card] of cards) {
      if (!seen.has(id)) { card.remove(); cards.delete(id); errors.delete(id); }
    }
    byId("empty").hidden = requests.length > 0;
  }

  async function refresh() {
    try {
      const data = await api("GET", `/api/v1/requests?${query()}`);
      await loadCases(data.requests);
      render(data.requests);
      const claimed = data.requests.filter((r) => r.state === "claimed").length;
      const pending = data.requests.filter((r) => r.state === "pending").length;
      byId("summary").textContent = state.view === "open"
        ? `${pending} pending, ${claimed} claimed · updated ${when(Date.now())}`
        : `${data.requests.length} resolved · updated ${when(Date.now())}`;
      setStatus("");
    } catch (err) {
      if (err.status === 401) return signedOut();
      setStatus(`Could not refresh: ${err.message}`, true);
    }
  }

  function startPolling() {
    stopPolling();
    state.timer = window.setInterval(refresh, POLL_MS);
  }

  function stopPolling() {
    if (state.timer !== null) window.clearInterval(state.timer);
    state.timer = null;
  }

  function signedIn(session) {
    state.csrf = session.csrf_token;
    state.user = session.user;
    state.canSuppress = Boolean(session.can_suppress);
    showSignedIn(true);
    refresh();
    loadKnown();
    startPolling();
  }

  function signedOut() {
    state.csrf = null;
    state.user = null;
    showSignedIn(false);
  }

  async function signIn(event) {
    event.preventDefault();
    const input = byId("token");
    try {
      const session = await api("POST", "/api/v1/session", { token: input.value.trim() });
      input.value = "";
      setStatus("");
      signedIn(session);
    } catch (err) {
      setStatus(`Sign-in failed: ${err.message}`, true);
    }
  }

  async function signOut() {
    try { await api("DELETE", "/api/v1/session"); } catch (_) { /* signed out anyway */ }
    signedOut();
  }

  async function start() {
    byId("sign-in-form").addEventListener("submit", signIn);
    byId("sign-out").addEventListener("click", signOut);
    byId("view").addEventListener("change", (event) => {
      state.view = event.target.value === "resolved" ? "resolved" : "open";
      refresh();
    });
    byId("filters").addEventListener("submit", (event) => { event.preventDefault(); refresh(); });
    byId("f-clear").addEventListener("click", clearFilters);
    byId("known-form").addEventListener("submit", addKnown);
    try {
      signedIn(await api("GET", "/api/v1/session"));
    } catch (_) {
      signedOut();
    }
  }

  document.addEventListener("DOMContentLoaded", start);
})();
