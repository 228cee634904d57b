'use strict';
// The side panel: an actor's contacts, statements and source articles, or the reports of one contact, each
// with the sentence it was read from and the names in it highlighted. Article text only ever goes in as text.
const Details = (() => {
  const ARTICLES_PAGE = 20;
  const STATEMENTS_PAGE = 50;
  let panel;
  let generation = 0; // a newer click wins over an older answer still on its way

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'class') node.className = v;
      else node.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) node.append(c);
    return node;
  }

  /** Spans of `text` to mark: [{from, to, cls}], from "s-e s-e" offsets and from phrases found in it. */
  function spans(text, offsets, phrases) {
    const out = [];
    for (const part of (offsets || '').split(' ')) {
      const m = /^(\d+)-(\d+)$/.exec(part);
      if (m) out.push({ from: +m[1], to: +m[2], cls: 'name' });
    }
    const lower = text.toLowerCase();
    for (const [phrase, cls] of phrases) {
      if (!phrase) continue;
      const at = lower.indexOf(phrase.toLowerCase());
      if (at >= 0) out.push({ from: at, to: at + phrase.length, cls });
    }
    out.sort((x, y) => x.from - y.from || y.to - x.to);
    const merged = [];
    for (const s of out) {
      if (s.to > text.length || s.from >= s.to) continue;
      const last = merged[merged.length - 1];
      if (last && s.from < last.to) {
        // a name inside a quotation stays a name; the outer span goes on after it
        if (s.cls === 'name' && last.cls !== 'name') {
          const rest = { from: s.to, to: last.to, cls: last.cls };
          last.to = s.from;
          merged.push(s);
          if (rest.to > rest.from) merged.push(rest);
        }
        continue;
      }
      merged.push(s);
    }
    return merged.filter(s => s.to > s.from);
  }

  /** The evidence sentence with its spans in <mark>. */
  function evidence(text, offsets, phrases) {
    const quote = el('blockquote', { class: 'evidence' });
    let at = 0;
    for (const s of spans(text, offsets, phrases)) {
      if (s.from > at) quote.append(text.slice(at, s.from));
      quote.append(el('mark', { class: s.cls }, text.slice(s.from, s.to)));
      at = s.to;
    }
    quote.append(text.slice(at));
    return quote;
  }

  function articleLink(row) {
    const label = row.title || row.url || row.article.replace(/^.*\/article\//, '');
    const link = el('a', { href: row.url || row.article, target: '_blank', rel: 'noopener noreferrer' }, label);
    return el('div', { class: 'source' }, link, row.published ? el('span', { class: 'date' }, ` ${row.published.slice(0, 10)}`) : null);
  }

  function contactReport(row) {
    return el('li', { class: 'report' }, articleLink(row),
      evidence(row.evidence, row.highlights, [[row.cue, 'cue']]));
  }

  /** Reports grouped by event: one heading per contact (other side, kind, date), its reports below. */
  function contactList(rows) {
    const events = new Map();
    for (const r of rows) {
      if (!events.has(r.event)) events.set(r.event, []);
      events.get(r.event).push(r);
    }
    const list = el('ul', { class: 'contacts' });
    for (const reports of events.values()) {
      const r = reports[0];
      const head = el('div', { class: 'contact-head' },
        el('span', { class: `kind ${r.kind}` }, r.kind), ' ',
        el('strong', {}, r.bName),
        r.date ? el('span', { class: 'date' }, ` on ${r.date}`) : null,
        el('span', { class: 'count' }, ` · ${reports.length} source${reports.length === 1 ? '' : 's'}`));
      list.append(el('li', { class: 'contact' }, head, el('ul', { class: 'reports' }, ...reports.map(contactReport))));
    }
    return list;
  }

  function statementItem(row) {
    return el('li', { class: 'statement' },
      el('div', { class: 'statement-head' },
        el('span', { class: `mode ${row.mode}` }, row.mode === 'direct' ? 'quoted' : 'reported'),
        row.cue ? el('span', { class: 'cue-word' }, ` ${row.cue}`) : null,
        row.role ? el('span', { class: 'role' }, ` · as ${row.role}`) : null),
      el('p', { class: 'statement-text' }, row.text),
      articleLink(row),
      row.evidence ? evidence(row.evidence, row.highlights, [[row.text, 'quote']]) : null);
  }

  function articleItem(row) {
    const item = el('li', {}, articleLink(row));
    item.append(el('span', { class: 'count' }, ` · named ${row.mentions}×`));
    return item;
  }

  function section(title, id) {
    const body = el('div', { class: 'section-body' }, el('p', { class: 'hint' }, 'Loading…'));
    const s = el('section', { id, 'data-state': 'loading' }, el('h3', {}, title), body);
    return { node: s, body };
  }

  async function fill(sec, load, render, empty) {
    try {
      const rows = await load();
      sec.body.replaceChildren(rows.length ? render(rows) : el('p', { class: 'hint' }, empty));
      sec.node.dataset.state = 'loaded';
      return rows;
    } catch (e) {
      sec.body.replaceChildren(el('p', { class: 'error' }, `Could not load: ${e.message}`));
      sec.node.dataset.state = 'error';
      return [];
    }
  }

  /** A list read a page at a time, with a button for the next page. */
  async function paged(sec, name, params, size, render, empty) {
    let offset = 0;
    const list = el('ul', { class: 'paged' });
    const more = el('button', { type: 'button', class: 'more' }, 'More');
    const next = async () => {
      const rows = await KabarApi.query(name, params, { limit: size + 1, offset });
      rows.slice(0, size).forEach(r => list.append(render(r)));
      offset += size;
      more.hidden = rows.length <= size;
      return rows;
    };
    more.addEventListener('click', () => next().catch(e => more.replaceWith(el('p', { class: 'error' }, e.message))));
    await fill(sec, next, () => el('div', {}, list, more), empty);
  }

  function start(state, ...children) {
    const mine = ++generation;
    panel.replaceChildren(...children);
    panel.dataset.state = state;
    return () => mine === generation;
  }

  async function showActor(actor) {
    const contacts = section('Contacts', 'actor-contacts');
    const statements = section('Statements', 'actor-statements');
    const articles = section('Articles', 'actor-articles');
    const wikidata = actor.wikidata
      ? el('a', { href: `https://www.wikidata.org/wiki/${actor.wikidata}`, target: '_blank', rel: 'noopener noreferrer' }, actor.wikidata)
      : null;
    const current = start('loading',
      el('h2', {}, actor.name),
      el('p', { class: 'facts' }, el('span', { class: `type ${actor.type}` }, actor.type || 'actor'),
        actor.articles ? ` · in ${actor.articles} article${actor.articles === '1' ? '' : 's'}` : '',
        wikidata ? ' · Wikidata ' : '', wikidata),
      contacts.node, statements.node, articles.node);
    await Promise.all([
      fill(contacts, () => KabarApi.queryAll('contact-reports', { actor: actor.entity }), contactList, 'No contacts reported.'),
      paged(statements, 'statements-by', { speaker: actor.entity }, STATEMENTS_PAGE, statementItem, 'No statements.'),
      paged(articles, 'articles-mentioning', { name: actor.entity }, ARTICLES_PAGE, articleItem, 'No articles.'),
    ]);
    if (current()) panel.dataset.state = 'loaded';
  }

  async function showContact(edge) {
    const reports = section('Reports', 'contact-reports');
    const current = start('loading',
      el('h2', {}, `${edge.aName} — ${edge.bName}`),
      el('p', { class: 'facts' }, el('span', { class: `kind ${edge.kind}` }, edge.kind),
        ` · ${edge.sources} source${edge.sources === '1' ? '' : 's'}`,
        edge.firstDate ? ` · ${edge.firstDate}${edge.lastDate !== edge.firstDate ? ` to ${edge.lastDate}` : ''}` : ''),
      reports.node);
    await fill(reports,
      () => KabarApi.queryAll('contact-reports', { actor: edge.a, other: edge.b, kind: edge.kind }),
      rows => el('ul', { class: 'reports' }, ...rows.map(contactReport)), 'No reports.');
    if (current()) panel.dataset.state = 'loaded';
  }

  function init(node) {
    panel = node;
  }

  return { init, showActor, showContact };
})();
