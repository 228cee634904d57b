'use strict';
// Reads the server's canned-query endpoints (SPARQL JSON results) and turns rows into plain objects.
const KabarApi = (() => {
  const QUERIES = 'kabar/queries/';

  async function failure(response) {
    const text = (await response.text()).trim();
    return new Error(`${response.status}: ${text || response.statusText}`);
  }

  function rows(json) {
    const vars = json.head.vars;
    return json.results.bindings.map(b => {
      const row = {};
      for (const v of vars) row[v] = b[v] ? b[v].value : '';
      return row;
    });
  }

  /** Runs canned query `name` with `params` (empty values left out); `page` may hold limit and offset. */
  async function query(name, params = {}, page = {}) {
    const search = new URLSearchParams({ format: 'json' });
    for (const [k, v] of Object.entries({ ...params, ...page })) {
      if (v !== undefined && v !== null && v !== '') search.set(k, v);
    }
    const response = await fetch(`${QUERIES}${encodeURIComponent(name)}?${search}`);
    if (!response.ok) throw await failure(response);
    return rows(await response.json());
  }

  /** Every row of canned query `name`, a page at a time: the server answers at most a page per request. */
  async function queryAll(name, params = {}, size = 10000) {
    const all = [];
    for (let offset = 0; ; offset += size) {
      const page = await query(name, params, { limit: size, offset });
      all.push(...page);
      if (page.length < size) return all;
    }
  }

  /** The catalogue of canned queries, with their SPARQL text and parameters. */
  async function catalogue() {
    const response = await fetch(`${QUERIES}?format=json`);
    if (!response.ok) throw await failure(response);
    return response.json();
  }

  /** Any SPARQL query, as the SPARQL box sends it; resolves to {vars, rows}. */
  async function sparql(text) {
    const response = await fetch('kabar/sparql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
      body: new URLSearchParams({ query: text }),
    });
    if (!response.ok) throw await failure(response);
    const json = await response.json();
    if (json.boolean !== undefined) return { vars: ['result'], rows: [{ result: String(json.boolean) }] };
    return { vars: json.head.vars, rows: rows(json) };
  }

  return { query, queryAll, catalogue, sparql };
})();
