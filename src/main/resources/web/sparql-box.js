'use strict';
// The SPARQL box: the canned queries as editable examples, any query run on the read-only endpoint, results
// as a table.
const SparqlBox = (() => {
  const MAX_ROWS = 1000;

  /** A canned query's text with its parameters written in as literals, so it runs as it stands. */
  function example(q) {
    let text = q.sparql;
    for (const p of q.params) {
      const value = p.default !== null && p.default !== undefined ? p.default : `(${p.name})`;
      text = text.split(`?param_${p.name}`).join(JSON.stringify(value));
    }
    return text;
  }

  function table(result) {
    const head = document.createElement('tr');
    for (const v of result.vars) {
      const th = document.createElement('th');
      th.textContent = v;
      head.append(th);
    }
    const body = document.createElement('tbody');
    for (const row of result.rows.slice(0, MAX_ROWS)) {
      const tr = document.createElement('tr');
      for (const v of result.vars) {
        const td = document.createElement('td');
        td.textContent = row[v];
        tr.append(td);
      }
      body.append(tr);
    }
    const thead = document.createElement('thead');
    thead.append(head);
    const t = document.createElement('table');
    t.append(thead, body);
    return t;
  }

  async function init() {
    const examples = document.getElementById('examples');
    const query = document.getElementById('query');
    const description = document.getElementById('example-description');
    const status = document.getElementById('sparql-status');
    const results = document.getElementById('sparql-results');
    const byName = new Map();
    try {
      for (const q of await KabarApi.catalogue()) {
        byName.set(q.name, q);
        const option = document.createElement('option');
        option.value = q.name;
        option.textContent = `${q.name}: ${q.title}`;
        examples.append(option);
      }
    } catch (e) {
      description.textContent = `The canned queries could not be listed: ${e.message}`;
    }
    examples.addEventListener('change', () => {
      const q = byName.get(examples.value);
      if (!q) return;
      query.value = example(q);
      description.textContent = q.description + (q.params.length
        ? ` Parameters are written in as text: ${q.params.map(p => `${p.name} (${p.description})`).join('; ')}.` : '');
    });
    document.getElementById('run').addEventListener('click', async () => {
      status.textContent = 'Running…';
      results.replaceChildren();
      const started = performance.now();
      try {
        const result = await KabarApi.sparql(query.value);
        const ms = Math.round(performance.now() - started);
        status.textContent = `${result.rows.length} row${result.rows.length === 1 ? '' : 's'} in ${ms} ms`
          + (result.rows.length > MAX_ROWS ? `; the first ${MAX_ROWS} shown` : '');
        results.append(table(result));
      } catch (e) {
        status.textContent = `Query failed: ${e.message}`;
      }
    });
  }

  return { init };
})();
