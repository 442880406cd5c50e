// The explorer page's behaviour: language switch, search, date, details, table. No library, no network.
(function () {
  'use strict';
  var DATA = JSON.parse(document.getElementById('explorer-data').textContent);
  var LANGS = ['fr', 'nl', 'de', 'en'];
  // The page's own words: its controls, legend, section headings and notes. Every word the library's Terms has (a
  // heading such as "holder", "nothing found", the signs, a span of time, a count) is not here: the export writes it
  // into DATA.terms and the records, and fromTerms below takes it from there. The title and licences are the export's.
  var UI = {
    en: {
      intro: 'Where the CCB and its parts act, in which role, on whose behalf and on what legal basis, with the paragraph of the CCB\u2019s page each fact comes from.',
      skip: 'Skip to the table', language: 'Language', search: 'Search for a body or a law (any name or acronym, any language)',
      date: 'Relations as on', today: 'Today', graph: 'Graph', table: 'All roles', details: 'Details',
      pick: 'Choose a body in the graph, the table or the search results to see its roles.',
      legendBody: 'role in a body', legendCond: 'conditional role', legendParty: 'on behalf of a party',
      condition: 'Condition', onBehalfOf: 'On behalf of', forParty: 'on behalf of',
      validity: 'Validity', supports: 'supporting', none: '\u2014', always: 'no recorded limit', paragraph: '\u00b6',
      rolesIn: 'Roles in this body and its parts', rolesHeld: 'Roles it holds or acts in',
      rolesFor: 'Roles held on its behalf', rolesSupporting: 'Roles that support it', noRoles: 'No role on this day.',
      names: 'Names', kind: 'Kind', website: 'Website', establishedBy: 'Established by',
      results: 'Search results', inForce: 'in force',
      notInForce: 'not in force on this day', rolesBasedOn: 'Roles based on it on this day',
      shown: '{roles} on {d}', version: 'Dataset version', released: 'released', sha: 'SHA-256 of the data',
      sourceOfData: 'Primary source',
      madeBy: ['Written by ccb-relations (HtmlExport)', 'the diagram is inline SVG drawn by the export itself, with no script library.'],
      journal: 'Belgian Official Journal', rolesAbout: 'Roles about it', otherRelation: 'Relation of another body'
    },
    fr: {
      intro: 'O\u00f9 le CCB et ses composantes agissent, dans quel r\u00f4le, au nom de qui et sur quelle base l\u00e9gale, avec le paragraphe de la page du CCB dont provient chaque fait.',
      skip: 'Aller au tableau', language: 'Langue', search: 'Rechercher une entit\u00e9 ou un texte (tout nom ou sigle, toute langue)',
      date: 'Relations au', today: 'Aujourd\u2019hui', graph: 'Graphe', table: 'Tous les r\u00f4les', details: 'D\u00e9tails',
      pick: 'Choisissez une entit\u00e9 dans le graphe, le tableau ou les r\u00e9sultats de recherche pour voir ses r\u00f4les.',
      legendBody: 'r\u00f4le dans une entit\u00e9', legendCond: 'r\u00f4le conditionnel', legendParty: 'au nom d\u2019une partie',
      condition: 'Condition', onBehalfOf: 'Au nom de', forParty: 'au nom de',
      validity: 'Validit\u00e9', supports: 'en appui \u00e0', none: '\u2014', always: 'sans limite connue', paragraph: '\u00b6',
      rolesIn: 'R\u00f4les dans cette entit\u00e9 et ses composantes', rolesHeld: 'R\u00f4les qu\u2019elle exerce',
      rolesFor: 'R\u00f4les exerc\u00e9s en son nom', rolesSupporting: 'R\u00f4les qui l\u2019appuient', noRoles: 'Aucun r\u00f4le \u00e0 cette date.',
      names: 'Noms', kind: 'Type', website: 'Site web', establishedBy: 'Institu\u00e9 par',
      results: 'R\u00e9sultats de la recherche', inForce: 'en vigueur',
      notInForce: 'pas en vigueur \u00e0 cette date', rolesBasedOn: 'R\u00f4les fond\u00e9s sur ce texte \u00e0 cette date',
      shown: '{roles} au {d}', version: 'Version des donn\u00e9es', released: 'publi\u00e9e le', sha: 'SHA-256 des donn\u00e9es',
      sourceOfData: 'Source principale',
      madeBy: ['\u00c9crit par ccb-relations (HtmlExport)', 'le sch\u00e9ma est un SVG dessin\u00e9 par l\u2019export lui-m\u00eame, sans biblioth\u00e8que de scripts.'],
      journal: 'Moniteur belge', rolesAbout: 'R\u00f4les qui portent sur elle', otherRelation: 'Relation d\u2019une autre entit\u00e9'
    },
    nl: {
      intro: 'Waar het CCB en zijn onderdelen optreden, in welke rol, namens wie en op welke rechtsgrond, met de alinea van de CCB-pagina waaruit elk feit komt.',
      skip: 'Naar de tabel', language: 'Taal', search: 'Zoek een instantie of een tekst (elke naam of afkorting, elke taal)',
      date: 'Betrekkingen op', today: 'Vandaag', graph: 'Graaf', table: 'Alle rollen', details: 'Details',
      pick: 'Kies een instantie in de graaf, de tabel of de zoekresultaten om haar rollen te zien.',
      legendBody: 'rol in een instantie', legendCond: 'voorwaardelijke rol', legendParty: 'namens een partij',
      condition: 'Voorwaarde', onBehalfOf: 'Namens', forParty: 'namens',
      validity: 'Geldigheid', supports: 'ter ondersteuning van', none: '\u2014', always: 'geen gekende grens', paragraph: '\u00b6',
      rolesIn: 'Rollen in deze instantie en haar onderdelen', rolesHeld: 'Rollen die ze vervult',
      rolesFor: 'Rollen namens deze instantie', rolesSupporting: 'Rollen die haar ondersteunen', noRoles: 'Geen rol op deze dag.',
      names: 'Namen', kind: 'Soort', website: 'Website', establishedBy: 'Opgericht bij',
      results: 'Zoekresultaten', inForce: 'van kracht',
      notInForce: 'niet van kracht op deze dag', rolesBasedOn: 'Rollen die op deze dag op deze tekst berusten',
      shown: '{roles} op {d}', version: 'Versie van de gegevens', released: 'uitgebracht op', sha: 'SHA-256 van de gegevens',
      sourceOfData: 'Hoofdbron',
      madeBy: ['Geschreven door ccb-relations (HtmlExport)', 'het schema is SVG die de export zelf tekent, zonder scriptbibliotheek.'],
      journal: 'Belgisch Staatsblad', rolesAbout: 'Rollen die erover gaan', otherRelation: 'Relatie van een andere instantie'
    },
    de: {
      intro: 'Wo das CCB und seine Teile handeln, in welcher Rolle, in wessen Namen und auf welcher Rechtsgrundlage, mit dem Absatz der CCB-Seite, aus dem jede Angabe stammt.',
      skip: 'Zur Tabelle', language: 'Sprache', search: 'Einrichtung oder Rechtsakt suchen (jeder Name, jedes K\u00fcrzel, jede Sprache)',
      date: 'Beziehungen am', today: 'Heute', graph: 'Graph', table: 'Alle Rollen', details: 'Einzelheiten',
      pick: 'W\u00e4hlen Sie eine Einrichtung im Graphen, in der Tabelle oder in den Suchergebnissen, um ihre Rollen zu sehen.',
      legendBody: 'Rolle in einer Einrichtung', legendCond: 'bedingte Rolle', legendParty: 'im Namen einer Partei',
      condition: 'Bedingung', onBehalfOf: 'Im Namen von', forParty: 'im Namen von',
      validity: 'G\u00fcltigkeit', supports: 'zur Unterst\u00fctzung von', none: '\u2014', always: 'keine bekannte Grenze', paragraph: '\u00b6',
      rolesIn: 'Rollen in dieser Einrichtung und ihren Teilen', rolesHeld: 'Rollen, die sie wahrnimmt',
      rolesFor: 'Rollen in ihrem Namen', rolesSupporting: 'Rollen, die sie unterst\u00fctzen', noRoles: 'Keine Rolle an diesem Tag.',
      names: 'Namen', kind: 'Art', website: 'Website', establishedBy: 'Errichtet durch',
      results: 'Suchergebnisse', inForce: 'in Kraft',
      notInForce: 'an diesem Tag nicht in Kraft', rolesBasedOn: 'Rollen, die an diesem Tag darauf beruhen',
      shown: '{roles} am {d}', version: 'Version der Daten', released: 'ver\u00f6ffentlicht am', sha: 'SHA-256 der Daten',
      sourceOfData: 'Hauptquelle',
      madeBy: ['Geschrieben von ccb-relations (HtmlExport)', 'das Schema ist SVG, das der Export selbst zeichnet, ohne Skriptbibliothek.'],
      journal: 'Belgisches Staatsblatt', rolesAbout: 'Rollen, die sie betreffen', otherRelation: 'Beziehung einer anderen Einrichtung'
    }
  };

  // The words the page shares with the rest of the library, from Terms as the export wrote them: a heading starts
  // with a capital letter, as the page's other headings do.
  function heading(words) { return words.charAt(0).toUpperCase() + words.slice(1); }
  function fromTerms(l) {
    var terms = DATA.terms, word = function (k) { return terms.word[k][l]; };
    var ui = UI[l];
    ui.holder = heading(word('HOLDER'));
    ui.function = heading(word('FUNCTION'));
    ui.via = word('THROUGH');
    ui.legalBases = heading(word('LEGAL_BASES'));
    ui.partOf = heading(word('PART_OF'));
    ui.noResults = heading(word('NOTHING_FOUND')) + '.';
    ui.body = heading(terms.record.BODY[l]);
    ui.source = heading(terms.record.SOURCE[l]);
    ui.designatedBy = heading(terms.link.DESIGNATED_BY[l]);
    ui.legendParty += ' (' + word('IN_NO_BODY') + ')';
    ui.colon = terms.colon[l];
    ui.semicolon = terms.semicolon[l];
    ui.madeBy = ui.madeBy.join(terms.semicolon[l]);
  }
  LANGS.forEach(fromTerms);
  // The title and the licences as HtmlExport wrote them into the page, in every language; which licences the page
  // may state depends on whose data it shows, which the export knows.
  LANGS.forEach(function (l) { UI[l].title = DATA.title[l]; UI[l].licences = DATA.dataset.licences[l]; });

  var bodies = index(DATA.bodies), instruments = index(DATA.instruments), sources = index(DATA.sources);
  var lang = DATA.initialLanguage, day = todayInBrussels(), selected = null;
  var $ = function (id) { return document.getElementById(id); };

  function index(list) { var m = new Map(); list.forEach(function (x) { m.set(x.id, x); }); return m; }

  // "Today" as the library takes it: the date in Brussels.
  function todayInBrussels() {
    var parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date());
    var get = function (t) { return parts.find(function (p) { return p.type === t; }).value; };
    return get('year') + '-' + get('month') + '-' + get('day');
  }

  // The day rules of Dataset.asOf, on first and last days written by the export (ISO text compares as dates).
  function within(rec, d) { return (!rec.from || rec.from <= d) && (!rec.to || d <= rec.to); }
  function rolesOn(d) { return DATA.roles.filter(function (r) { return within(r, d); }); }
  function basesOn(r, d) {
    return r.legalBases.filter(function (b) { return within(b, d) && within(instruments.get(b.instrument), d); });
  }

  // The search key of the library's name lookups: compatibility decomposition, letters and digits only, lower case.
  function key(s) { return s.normalize('NFKD').replace(/[^\p{L}\p{Nd}]/gu, '').toLowerCase(); }

  function t(k) { return UI[lang][k]; }
  // A number of roles as Terms.count says it: "0 rôle", "1 role", "34 Rollen".
  function count(n) { return n + ' ' + DATA.terms.roleCount[lang][Math.min(n, 2)]; }
  // A day as the library writes it (Terms.day): "3 December 2026", "1er décembre 2026", "3. Dezember 2026"; the
  // month's name is the browser's, in the page's language, as Java's is the JDK's.
  function dayText(d) {
    var p = d.split('-').map(Number);
    var month = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' })
      .formatToParts(new Date(Date.UTC(p[0], p[1] - 1, p[2])))
      .find(function (x) { return x.type === 'month'; }).value;
    return (lang === 'fr' && p[2] === 1 ? '1er' : lang === 'de' ? p[2] + '.' : String(p[2])) + ' ' + month + ' ' + p[0];
  }
  // Words that head what follows them, with the colon as the page's language writes it: "Kind: ", "Type\u00a0: ".
  // Words that end in a preposition head a body's button so too ("Partner von: Europäische Kommission"): the button
  // shows the name in its citation form, and right after the preposition it would want a case or an article the
  // data does not give ("von der Europäischen Kommission", "de la Commission européenne").
  function colon(words) { return words + t('colon'); }
  function name(rec) { return rec.name[lang]; }
  function shortName(rec) { return rec.short[lang]; }
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (a) {
      if (a === 'text') { e.textContent = attrs[a]; } else { e.setAttribute(a, attrs[a]); }
    });
    (children || []).forEach(function (c) { if (c !== null) { e.append(c); } });
    return e;
  }

  function bodyButton(id) {
    var b = bodies.get(id);
    var button = el('button', { type: 'button', class: 'linkish', 'data-select': id, title: name(b), text: shortName(b) });
    button.addEventListener('click', function () { select(id); });
    return button;
  }

  // ---------------------------------------------------------------- links to the official texts

  function links(ins) {
    var out = [];
    if (ins.celex) {
      out.push(el('a', { href: 'https://eur-lex.europa.eu/legal-content/' + lang.toUpperCase() + '/TXT/?uri=CELEX:' + ins.celex,
        rel: 'noreferrer', 'data-link': 'celex', text: 'EUR-Lex CELEX ' + ins.celex }));
    }
    if (ins.eli) {
      out.push(el('a', { href: ins.eli, rel: 'noreferrer', 'data-link': 'eli', text: 'ELI' }));
    }
    if (ins.numac) {
      // Justel's page of a text by its numac; the Journal has no English, so English readers get French.
      var l = lang === 'en' ? 'fr' : lang;
      out.push(el('a', { href: 'https://www.ejustice.just.fgov.be/cgi_loi/article.pl?language=' + l + '&numac_search=' + ins.numac + '&caller=eli',
        rel: 'noreferrer', 'data-link': 'numac', text: t('journal') + ' numac ' + ins.numac }));
    }
    if (ins.osceDecision) { out.push(document.createTextNode('OSCE ' + ins.osceDecision)); }
    return out;
  }

  // How a legal basis, a subject or an executed act names its instrument: the short name, then the provision if any,
  // as the page's language cites it (Terms.provision: "art. 14" in French and Dutch).
  function cite(ref) { return shortName(instruments.get(ref.instrument)) + (ref.provision ? ', ' + ref.provision[lang] : ''); }

  function basisItem(b) {
    var ins = instruments.get(b.instrument);
    var li = el('li', { 'data-instrument': ins.id, title: name(ins) },
      [el('span', { class: 'instrument-name', text: cite(b) })]);
    links(ins).forEach(function (a) { li.append(' ', a); });
    if (b.span) { li.append(' (' + b.span[lang] + ')'); }
    return li;
  }

  // A span as the explanations write it (Terms.span, written by the export): "tot en met 17 oktober 2024".
  function span(rec) { return rec.span ? rec.span[lang] : t('always'); }

  function sourceItem(s) {
    var src = sources.get(s.source);
    var where = [s.section ? (src.sections[s.section] || s.section) : '', s.paragraph ? t('paragraph') + ' ' + s.paragraph : '',
      s.locator || ''].filter(Boolean).join(', ');
    var title = src.url ? el('a', { href: src.url, rel: 'noreferrer', text: src.title }) : document.createTextNode(src.title);
    return el('li', { 'data-source': src.id }, [title, where ? document.createTextNode(' \u2014 ' + where) : null]);
  }

  // Every kind of subject, in the model's order, after its words: "implements: PC.DEC/1202, CBM 14".
  function subjectLines(r) {
    return ['IMPLEMENTS', 'CONCERNS', 'GUIDED_BY'].map(function (kind) {
      var some = r.subjects.filter(function (x) { return x.kind === kind; });
      return some.length ? el('div', { class: 'names subjects', 'data-kind': kind, text: colon(DATA.terms.subject[kind][lang])
        + some.map(cite).join(t('semicolon')) }) : null;
    }).filter(Boolean);
  }

  // A relation and the frame it holds in: "counterpart of: European Commission (cPPP)". One that another body holds
  // (from) goes under a heading that says so, as "Established by" heads its act, and on its own line after that body
  // ("ECSO \u2014 counterpart of: \u2026"), so that a body named only as the frame sees why it is in its details, and no
  // line holds two colons.
  function relationItem(rel, from) {
    var words = [colon(DATA.terms.relation[rel.kind][lang]), bodyButton(rel.body)];
    if (rel.within) { words.push(' (', bodyButton(rel.within), ')'); }
    if (!from) { return el('li', { 'data-relation': rel.kind }, words); }
    return el('li', { 'data-relation-from': from }, [colon(t('otherRelation')),
      el('ul', {}, [el('li', {}, [bodyButton(from), ' \u2014 '].concat(words))])]);
  }

  function instrumentLinks(ins) {
    var out = [];
    [['IMPLEMENTS', ins.implements], ['EXTENDS', ins.extends], ['AMENDS', ins.amends]].forEach(function (pair) {
      if (pair[1].length) {
        out.push(el('div', { class: 'names', 'data-link': pair[0], text: colon(DATA.terms.link[pair[0]][lang])
          + pair[1].map(function (i) { return shortName(instruments.get(i)); }).join(', ') }));
      }
    });
    if (ins.executes.length) {
      out.push(el('div', { class: 'names', 'data-link': 'EXECUTES', text: colon(DATA.terms.link.EXECUTES[lang])
        + ins.executes.map(cite).join(t('semicolon')) }));
    }
    return out;
  }

  function roleLine(r) {
    var words = DATA.terms.function[r.function][lang];
    var li = el('li', { 'data-role': r.id }, [bodyButton(r.holder)]);
    if (r.via) { li.append(' (' + colon(t('via')), bodyButton(r.via), ')'); }
    li.append(' \u2014 ' + words);
    if (r.condition) { li.append(' ', el('span', { class: 'cond', text: DATA.terms.condition[r.condition][lang] })); }
    if (r.body) { li.append(' \u2014 ', bodyButton(r.body)); }
    if (r.onBehalfOf) { li.append(' \u2014 ' + colon(t('forParty')), bodyButton(r.onBehalfOf)); }
    if (r.about) { li.append(' \u2014 ' + colon(DATA.terms.about[lang]), bodyButton(r.about)); }
    subjectLines(r).forEach(function (d) { li.append(d); });
    var bases = basesOn(r, day);
    if (bases.length) {
      li.append(el('ul', {}, bases.map(basisItem)));
    }
    return li;
  }

  // ---------------------------------------------------------------- table

  function renderTable() {
    var rows = rolesOn(day).map(function (r) {
      var holder = el('td', { 'data-label': t('holder') }, [bodyButton(r.holder)]);
      if (r.via) { holder.append(' (' + colon(t('via')), bodyButton(r.via), ')'); }
      var body = el('td', { 'data-label': t('body') }, [r.body ? bodyButton(r.body) : document.createTextNode(t('none'))]);
      if (r.supports) { body.append(' (' + colon(t('supports')), bodyButton(r.supports), ')'); }
      if (r.about) { body.append(el('div', { class: 'names about' }, [colon(DATA.terms.about[lang]), bodyButton(r.about)])); }
      var bases = basesOn(r, day);
      return el('tr', { 'data-role': r.id }, [
        holder, body,
        el('td', { 'data-label': t('function') }, [DATA.terms.function[r.function][lang]].concat(subjectLines(r))),
        el('td', { 'data-label': t('condition'), class: r.condition ? 'cond' : '',
          text: r.condition ? DATA.terms.condition[r.condition][lang] : t('none') }),
        el('td', { 'data-label': t('onBehalfOf') }, [r.onBehalfOf ? bodyButton(r.onBehalfOf) : document.createTextNode(t('none'))]),
        el('td', { 'data-label': t('legalBases'), class: 'bases' },
          [bases.length ? el('ul', {}, bases.map(basisItem)) : document.createTextNode(t('none'))]),
        el('td', { 'data-label': t('validity'), text: span(r) }),
        el('td', { 'data-label': t('source') }, [el('ul', {}, r.sources.map(sourceItem))])
      ]);
    });
    var head = el('tr', {}, ['holder', 'body', 'function', 'condition', 'onBehalfOf', 'legalBases', 'validity', 'source']
      .map(function (k) { return el('th', { scope: 'col', text: t(k) }); }));
    $('roles-head').replaceChildren(head);
    $('roles-body').replaceChildren.apply($('roles-body'), rows);
    $('roles-count').textContent = t('shown').replace('{roles}', count(rows.length)).replace('{d}', dayText(day));
  }

  // ---------------------------------------------------------------- graph

  // A text cut to fit its box as the export cuts it (ExplorerGraph.shorten): never inside a character outside the BMP.
  function shorten(full, max) {
    if (full.length <= max) { return full; }
    var end = max - 1, unit = full.charCodeAt(end - 1);
    if (unit >= 0xd800 && unit <= 0xdbff) { end--; }
    return full.slice(0, end).trim() + '\u2026';
  }

  function renderGraph() {
    document.querySelectorAll('#graph [data-' + lang + ']').forEach(function (node) {
      node.textContent = shorten(node.getAttribute('data-' + lang), Number(node.getAttribute('data-max')));
    });
    document.querySelectorAll('#graph [data-role]').forEach(function (g) {
      g.classList.toggle('off', !within({ from: g.getAttribute('data-from'), to: g.getAttribute('data-to') }, day));
    });
    document.querySelectorAll('#graph .node').forEach(function (g) {
      var b = bodies.get(g.getAttribute('data-body'));
      g.classList.toggle('inactive', !within(b, day));
      g.classList.toggle('selected', b.id === selected);
      g.setAttribute('aria-label', name(b));
      g.setAttribute('aria-pressed', b.id === selected ? 'true' : 'false');
    });
    document.querySelectorAll('#graph .edge').forEach(function (g) {
      g.classList.toggle('hl', selected !== null && (g.getAttribute('data-from-body') === selected || g.getAttribute('data-to-body') === selected));
    });
  }

  // ---------------------------------------------------------------- details

  function descendants(id) {
    var out = [id];
    for (var i = 0; i < out.length; i++) {
      DATA.bodies.forEach(function (b) { if (b.partOf === out[i]) { out.push(b.id); } });
    }
    return out;
  }

  function roleSection(title, roles, cls) {
    return [el('h3', { text: title }), roles.length ? el('ul', { class: cls }, roles.map(roleLine)) : el('p', { text: t('noRoles') })];
  }

  function renderDetails() {
    var box = $('details-body');
    $('details').classList.toggle('empty', selected === null);
    if (selected === null) { box.replaceChildren(el('p', { text: t('pick') })); return; }
    var b = bodies.get(selected), roles = rolesOn(day), family = descendants(b.id);
    var out = [el('h3', { text: name(b) }), el('p', { class: 'names', text: labelsText(b) })];
    var facts = el('ul', {}, [el('li', { text: colon(t('kind')) + DATA.terms.bodyKind[b.kind][lang] })]);
    if (b.partOf) { facts.append(el('li', {}, [colon(t('partOf')), bodyButton(b.partOf)])); }
    if (b.website) { facts.append(el('li', {}, [colon(t('website')), el('a', { href: b.website, rel: 'noreferrer', text: b.website })])); }
    if (b.establishedBy) { facts.append(el('li', {}, [colon(t('establishedBy')), el('ul', {}, [basisItem(b.establishedBy)])])); }
    if (b.designatedBy) { facts.append(el('li', {}, [colon(t('designatedBy')), el('ul', {}, [basisItem(b.designatedBy)])])); }
    b.relations.forEach(function (rel) { facts.append(relationItem(rel)); });
    DATA.bodies.forEach(function (other) {
      other.relations.filter(function (rel) { return rel.body === b.id || rel.within === b.id; }).forEach(function (rel) {
        facts.append(relationItem(rel, other.id));
      });
    });
    out.push(facts);
    out = out.concat(roleSection(t('rolesIn'), roles.filter(function (r) { return r.body && family.indexOf(r.body) >= 0; }), 'roles-in'));
    out = out.concat(roleSection(t('rolesHeld'), roles.filter(function (r) { return r.holder === b.id || r.via === b.id; }), 'roles-held'));
    var forIt = roles.filter(function (r) { return r.onBehalfOf === b.id; });
    if (forIt.length) { out = out.concat(roleSection(t('rolesFor'), forIt, 'roles-for')); }
    var about = roles.filter(function (r) { return r.about === b.id; });
    if (about.length) { out = out.concat(roleSection(t('rolesAbout'), about, 'roles-about')); }
    var supporting = roles.filter(function (r) { return r.supports === b.id; });
    if (supporting.length) { out = out.concat(roleSection(t('rolesSupporting'), supporting, 'roles-supporting')); }
    box.replaceChildren.apply(box, out);
  }

  function labelsText(rec) {
    var seen = [];
    rec.labels.forEach(function (l) { if (seen.indexOf(l.text) < 0) { seen.push(l.text); } });
    return colon(t('names')) + seen.join(' \u00b7 ');
  }

  function select(id) {
    selected = id;
    renderGraph();
    renderDetails();
  }

  // ---------------------------------------------------------------- search

  function matches(rec, q) {
    var best = 0;
    rec.labels.forEach(function (l) {
      var k = key(l.text);
      if (k === q) { best = 2; } else if (best < 1 && k.indexOf(q) >= 0) { best = 1; }
    });
    return best;
  }

  function ranked(list, q) {
    return list.map(function (r) { return { rec: r, score: matches(r, q) }; })
      .filter(function (x) { return x.score > 0; })
      .sort(function (a, b) { return b.score - a.score; })
      .map(function (x) { return x.rec; });
  }

  function renderSearch() {
    var box = $('search-results');
    var q = key($('search').value);
    if (!q) { box.hidden = true; box.replaceChildren(); return; }
    var roles = rolesOn(day);
    var items = ranked(DATA.bodies, q).map(function (b) {
      var family = descendants(b.id);
      var related = roles.filter(function (r) {
        return (r.body && family.indexOf(r.body) >= 0) || r.holder === b.id || r.via === b.id || r.about === b.id;
      });
      return el('li', { 'data-body': b.id }, [bodyButton(b.id), ' ', el('span', { class: 'names', text: name(b) }),
        related.length ? el('ul', {}, related.map(roleLine)) : null]);
    });
    ranked(DATA.instruments, q).forEach(function (ins) {
      var inForce = within(ins, day);
      var based = roles.filter(function (r) { return basesOn(r, day).some(function (b) { return b.instrument === ins.id; }); });
      var li = el('li', { 'data-instrument': ins.id }, [el('strong', { text: shortName(ins) }), ' ',
        el('span', { class: 'names', text: name(ins) + ' \u2014 ' + (inForce ? t('inForce') : t('notInForce')) })]);
      links(ins).forEach(function (a) { li.append(' ', a); });
      // Its kind in the page's language, as a body's details give the body's.
      li.append(el('div', { class: 'names instrument-kind', text: colon(t('kind')) + DATA.terms.instrumentKind[ins.kind][lang] }));
      instrumentLinks(ins).forEach(function (d) { li.append(d); });
      if (based.length) { li.append(el('div', { text: colon(t('rolesBasedOn')) }), el('ul', {}, based.map(roleLine))); }
      items.push(li);
    });
    box.hidden = false;
    box.replaceChildren(el('h2', { text: t('results') }), items.length ? el('ul', {}, items) : el('p', { text: t('noResults') }));
  }

  // ---------------------------------------------------------------- language, date, footer

  function renderUi() {
    document.documentElement.lang = lang;
    document.title = t('title');
    document.querySelectorAll('[data-ui]').forEach(function (e) { e.textContent = t(e.getAttribute('data-ui')); });
    $('dataset-released').textContent = dayText($('dataset-released').getAttribute('datetime'));
    // The date field orders its day as the browser's locale does, whatever the page's language (Chromium ignores the
    // lang attribute): "03/12/2026" is 12 March in an American browser. The day in words beside it cannot be misread,
    // and the field keeps what a text field would lose: the calendar, the spin buttons a screen reader names.
    $('date-words').textContent = dayText(day);
    document.querySelectorAll('#languages button').forEach(function (b) {
      b.setAttribute('aria-pressed', b.getAttribute('data-lang') === lang ? 'true' : 'false');
    });
  }

  function renderAll() {
    renderUi();
    renderGraph();
    renderTable();
    renderDetails();
    renderSearch();
  }

  document.querySelectorAll('#languages button').forEach(function (b) {
    b.addEventListener('click', function () { lang = b.getAttribute('data-lang'); renderAll(); });
  });
  $('search').addEventListener('input', renderSearch);
  $('date').value = day;
  $('date').addEventListener('change', function () {
    if ($('date').value) { day = $('date').value; renderAll(); }
  });
  $('today').addEventListener('click', function () { day = todayInBrussels(); $('date').value = day; renderAll(); });
  document.querySelectorAll('#graph .node').forEach(function (g) {
    g.addEventListener('click', function () { select(g.getAttribute('data-body')); });
    g.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(g.getAttribute('data-body')); }
    });
  });
  if (LANGS.indexOf(lang) < 0) { lang = 'en'; }
  renderAll();
})();
