'use strict';
// The network: actors as nodes sized by how many articles mention them, contacts as edges (one per pair and
// kind) as thick as the number of articles that report them. Only the most reported contacts are drawn, so a
// large store stays responsive; the filters are applied by the server.
const Explorer = (() => {
  const KIND_COLOURS = { call: '#1f77b4', meeting: '#2ca02c', visit: '#ff7f0e', invitation: '#9467bd', talks: '#d62728' };
  const TYPE_COLOURS = { person: '#4e79a7', organization: '#e8a33d', country: '#59a14f' };
  // cose is readable but quadratic: past this many actors a cheaper layout keeps the browser responsive
  const FORCE_LAYOUT_MAX_NODES = 1000;
  // the best-known actors keep their names at any zoom, so the whole-network view still says who is who
  const ALWAYS_LABELLED = 25;

  const state = { cy: null, actors: new Map(), requests: 0,
    timings: { queryMs: 0, drawMs: 0 } };
  const $ = id => document.getElementById(id);

  function setStatus(text) {
    $('status').textContent = text;
  }

  function filters() {
    return {
      from: $('from').value,
      to: $('to').value,
      kind: $('kind').value,
      minSources: Math.max(1, parseInt($('min-sources').value, 10) || 1),
    };
  }

  function nodeData(iri, name, type) {
    const actor = state.actors.get(iri);
    const articles = actor ? parseInt(actor.articles, 10) : 1;
    return {
      id: iri, label: actor ? actor.name : name, type: actor ? actor.type : type, articles,
      size: Math.min(90, 14 + 7 * Math.sqrt(articles)),
    };
  }

  function elements(rows) {
    const nodes = new Map();
    const edges = [];
    for (const r of rows) {
      if (!nodes.has(r.a)) nodes.set(r.a, nodeData(r.a, r.aName, r.aType));
      if (!nodes.has(r.b)) nodes.set(r.b, nodeData(r.b, r.bName, r.bType));
      const sources = parseInt(r.sources, 10);
      edges.push({
        id: `${r.a} ${r.b} ${r.kind}`, source: r.a, target: r.b, kind: r.kind, sources,
        width: Math.min(14, 1.5 + 3 * Math.sqrt(sources - 1)), row: r,
      });
    }
    const ranked = [...nodes.values()].sort((x, y) => y.articles - x.articles);
    ranked.slice(0, ALWAYS_LABELLED).forEach(n => { n.major = true; });
    return [...[...nodes.values()].map(data => ({ group: 'nodes', data })),
      ...edges.map(data => ({ group: 'edges', data }))];
  }

  function layout(nodeCount) {
    if (nodeCount <= FORCE_LAYOUT_MAX_NODES) {
      return { name: 'cose', animate: false, randomize: true, nodeRepulsion: () => 60000, idealEdgeLength: () => 90,
        nodeOverlap: 20, gravity: 0.4, numIter: nodeCount <= 200 ? 1500 : 600, componentSpacing: 80, fit: true, padding: 30 };
    }
    return { name: 'concentric', animate: false, fit: true, padding: 20, minNodeSpacing: 8,
      concentric: n => n.degree(), levelWidth: () => 2 };
  }

  async function loadNetwork() {
    const request = ++state.requests;
    const limit = parseInt($('max-edges').value, 10);
    document.body.dataset.state = 'loading';
    setStatus('Loading the network…');
    let rows;
    const asked = performance.now();
    try {
      rows = await KabarApi.query('network', filters(), { limit: limit + 1 });
    } catch (e) {
      if (request === state.requests) {
        setStatus(`The network could not be loaded: ${e.message}`);
        document.body.dataset.state = 'error';
      }
      return;
    }
    if (request !== state.requests) return; // a newer filter change is on its way
    const answered = performance.now();
    const more = rows.length > limit;
    const els = elements(rows.slice(0, limit));
    const cy = state.cy;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(els);
    });
    cy.layout(layout(cy.nodes().length)).run();
    state.timings = { queryMs: Math.round(answered - asked), drawMs: Math.round(performance.now() - answered) };
    setStatus(cy.edges().length === 0
      ? 'No contacts match these filters.'
      : `${cy.nodes().length} actors, ${cy.edges().length} contacts`
        + (more ? ` (the ${limit} most reported; narrow the filters or show more)` : ''));
    document.body.dataset.state = 'ready';
  }

  function style() {
    return [
      { selector: 'node', style: {
        label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 11, 'text-valign': 'bottom',
        'text-margin-y': 3, 'min-zoomed-font-size': 7, 'text-outline-color': '#fff', 'text-outline-width': 2, color: '#222',
        'background-color': n => TYPE_COLOURS[n.data('type')] || '#888', 'border-width': 1, 'border-color': '#fff' } },
      { selector: 'node[?major]', style: { 'min-zoomed-font-size': 0, 'font-size': 28, 'font-weight': 'bold', 'text-outline-width': 3, 'z-index': 10 } },
      { selector: 'node[type = "organization"]', style: { shape: 'round-rectangle' } },
      { selector: 'node[type = "country"]', style: { shape: 'hexagon' } },
      { selector: 'edge', style: {
        width: 'data(width)', 'line-color': e => KIND_COLOURS[e.data('kind')] || '#999', opacity: 0.75,
        'curve-style': 'bezier' } },
      { selector: ':selected', style: { 'border-width': 4, 'border-color': '#111', opacity: 1 } },
      { selector: 'edge:selected', style: { 'line-style': 'dashed' } },
    ];
  }

  function actorFor(iri, fallback) {
    return state.actors.get(iri) || { entity: iri, name: fallback.name, type: fallback.type, articles: '', wikidata: '' };
  }

  function focus(iri) {
    const node = state.cy.getElementById(iri);
    if (node.nonempty()) {
      state.cy.elements().unselect();
      node.select();
      state.cy.animate({ center: { eles: node }, zoom: Math.max(state.cy.zoom(), 1.2) }, { duration: 300 });
    }
    return node.nonempty();
  }

  function initSearch() {
    const input = $('search');
    const list = $('search-results');
    let timer;
    let asked = 0;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      const text = input.value.trim();
      if (text.length < 2) {
        list.hidden = true;
        return;
      }
      timer = setTimeout(async () => {
        const mine = ++asked;
        let rows;
        try {
          rows = await KabarApi.query('find-entities', { text }, { limit: 15 });
        } catch (e) {
          rows = [];
        }
        if (mine !== asked) return;
        list.replaceChildren(...rows.map(r => {
          const item = document.createElement('li');
          const button = document.createElement('button');
          button.type = 'button';
          button.textContent = `${r.name} (${r.type}, ${r.articles})`;
          button.addEventListener('click', () => {
            list.hidden = true;
            input.value = r.name;
            focus(r.entity);
            Details.showActor(actorFor(r.entity, r));
          });
          item.append(button);
          return item;
        }));
        if (rows.length === 0) {
          const item = document.createElement('li');
          item.textContent = 'No actor by that name.';
          list.append(item);
        }
        list.hidden = false;
      }, 250);
    });
  }

  function initFilters() {
    for (const id of ['from', 'to', 'kind', 'min-sources', 'max-edges']) {
      $(id).addEventListener('change', loadNetwork);
    }
    $('reset').addEventListener('click', () => {
      $('from').value = '';
      $('to').value = '';
      $('kind').value = 'any';
      $('min-sources').value = '1';
      loadNetwork();
    });
  }

  async function init() {
    Details.init($('details'));
    state.cy = cytoscape({ container: $('graph'), style: style(), minZoom: 0.05, maxZoom: 4, wheelSensitivity: 0.3 });
    state.cy.on('tap', 'node', e => Details.showActor(actorFor(e.target.id(), { name: e.target.data('label'), type: e.target.data('type') })));
    state.cy.on('tap', 'edge', e => Details.showContact(e.target.data('row')));
    initFilters();
    initSearch();
    SparqlBox.init();
    try {
      for (const a of await KabarApi.queryAll('actors')) state.actors.set(a.entity, a);
    } catch (e) {
      setStatus(`The actors could not be loaded: ${e.message}`);
    }
    await loadNetwork();
  }

  return { init, state };
})();

window.kabarExplorer = Explorer;
Explorer.init();
