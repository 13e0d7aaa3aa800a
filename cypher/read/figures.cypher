// Returns one page of the fact-checker's table for one metric: total, then
// items, one per figure and the claim stating it: the figure, the claim,
// stated_on (earliest ASSERTED date, else the claim's first_seen), speakers,
// their organizations, the articles reporting the claim with publishers and
// agencies, the claims it CONTRADICTS or CORROBORATES on this metric (either
// direction, with their speakers, figures of the metric and the reason), and
// the figure's EXCLUDES/PART_OF/REVISES relations.
// The rows are the STATES edges whose stated_key (graph.stated: metric,
// stated_on or '~', figure id, claim id) is in [$low, $high): the metric's
// prefix, narrowed to since/until (graph.stated.metric_range; a row without a
// date is left out when either is set). Filters, the keys of one map $filters
// (a key null: no such filter): place (the figure's place, or a Place the claim
// is ABOUT, by name ignoring case or by id). One map, as in incidents.cypher:
// one plan for every combination of filters, not one plan made anew for each.
// Unless $history, not the claims that only replaced article versions report,
// nor links to them (a figure a later version revised shows in its relations).
// Order: stated_on (nulls last), figure id, claim id: the key's. $offset, $limit.
// total: the rows, counted up to $cap + 1 (graph.results.FIGURE_TOTAL_CAP; the
// caller says whether they passed $cap). The rows come from three reads, each
// empty unless its filter is set or not (its bounds are then empty or null):
// without a place, the metric's stated_key range; at a place, the place's
// range of place_key (the figure's own place, lowered, then stated_key) and
// the claims ABOUT the Place of that name_key (its name lowered) or id, each
// with its STATES edges in the metric's range. The first two are read in index
// order and cut at $offset + $limit or $cap + 1 rows, whichever is more; the
// union is put in key order and cut again. Cost: without a place, that many
// entries of the metric's range; at a place, that many of the place's
// entries, and the claims ABOUT the place with their STATES edges (a cost
// that grows with the place's claims, not with the metric's figures).
// A STATES edge only ever runs from a Claim to a Figure, and an ABOUT edge only
// from a Claim (cypher/write), so no label is checked.
// Actors, articles and claims come as map projections of the fields their answer models keep
// (graph.results ActorRef, ArticleRef, ClaimRef; tests/unit/test_page_projections.py holds
// them to the models): whole property maps carried aliases, search names, hashes and ingest
// times that the answer drops (a quarter of a full page of figures, in bytes).
CALL () {
  CALL () {
    MATCH (c)-[s:STATES]->(f)
    WHERE s.stated_key >= $low AND s.stated_key < CASE WHEN $filters.place IS NULL THEN $high ELSE $low END
      AND ($history OR (NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                        OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) }))
    WITH s, c, f ORDER BY s.stated_key
    LIMIT CASE WHEN $offset + $limit > $cap + 1 THEN $offset + $limit ELSE $cap + 1 END
    RETURN s.stated_key AS key, c, f
    UNION
    // A longer place's keys may follow the place's prefix: the figure's place is checked.
    MATCH (c)-[s:STATES]->(f)
    WHERE s.place_key >= toLower($filters.place) + ' ' + $low AND s.place_key < toLower($filters.place) + ' ' + $high
      AND toLower(f.place) = toLower($filters.place)
      AND ($history OR (NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                        OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) }))
    WITH s, c, f ORDER BY s.place_key
    LIMIT CASE WHEN $offset + $limit > $cap + 1 THEN $offset + $limit ELSE $cap + 1 END
    RETURN s.stated_key AS key, c, f
    UNION
    MATCH (p:Place)
    WHERE p.name_key = toLower($filters.place) OR p.id = $filters.place
    MATCH (p)<-[:ABOUT]-(c)-[s:STATES]->(f)
    WHERE s.stated_key >= $low AND s.stated_key < $high
    // The version rule in a subquery, after the STATES edges: beside them (even after a WITH)
    // the planner checked it first, on every claim ABOUT the place, most of which state no
    // figure (twice the db hits of this read at a million claims).
    CALL (c) {
      WITH c
      WHERE $history OR (NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                         OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) })
      RETURN true AS shown
    }
    RETURN s.stated_key AS key, c, f
  }
  WITH key, c, f ORDER BY key
  LIMIT CASE WHEN $offset + $limit > $cap + 1 THEN $offset + $limit ELSE $cap + 1 END
  WITH collect({figure: f, claim: c}) AS rows
  RETURN size(rows) AS total, rows[$offset..$offset + $limit] AS page
}
CALL (page) {
  UNWIND page AS row
  WITH row.figure AS f, row.claim AS c
  // The claim's edges read in one expansion: a claim has too few edges for Neo4j to group them
  // by type, so each typed expansion read all of them (its speakers, articles, links: three times).
  CALL (c) {
    MATCH (c)-[r:ASSERTED|REPORTED_IN|CONTRADICTS|CORROBORATES]-(x)
    WITH r, x, type(r) AS kind
    WITH r, x, kind, kind = 'ASSERTED' AND startNode(r) = x AND x:Actor AS said
    RETURN min(CASE WHEN said THEN r.date END) AS asserted_on,
           collect(DISTINCT CASE WHEN said THEN x END) AS speakers,
           collect(DISTINCT CASE WHEN kind = 'REPORTED_IN' AND startNode(r) = c AND x:Article THEN x END) AS articles,
           collect(CASE WHEN kind IN ['CONTRADICTS', 'CORROBORATES'] AND x:Claim THEN {r: r, o: x} END) AS linked
  }
  CALL (speakers) {
    UNWIND speakers AS s
    MATCH (s)-[:SPEAKS_FOR|MEMBER_OF]->(o:Actor)
    RETURN collect(DISTINCT o {.id, .name, .kind, .anonymous}) AS on_behalf_of
  }
  WITH f, c, coalesce(asserted_on, c.first_seen) AS stated_on,
       [s IN speakers | s {.id, .name, .kind, .anonymous}] AS stated_by, on_behalf_of, articles, linked
  CALL (articles) {
    UNWIND articles AS art
    // One expansion for both: an article has too few edges for Neo4j to group them by
    // type, so expanding one type reads all of its edges, and two expansions read them twice.
    CALL (art) {
      MATCH (art)-[r:PUBLISHED_BY|SYNDICATED_FROM]->(o:Actor)
      RETURN collect(CASE type(r) WHEN 'PUBLISHED_BY' THEN o {.id, .name, .kind, .anonymous} END) AS publishers,
             collect(CASE type(r) WHEN 'SYNDICATED_FROM' THEN o {.id, .name, .kind, .anonymous} END) AS agencies
    }
    RETURN collect({article: art {.id, .title, .url, .published}, publishers: publishers, agencies: agencies}) AS reported_in
  }
  CALL (linked, f) {
    UNWIND linked AS link
    WITH link.r AS r, link.o AS o
    WHERE r.metric = f.metric
    // The linked claim's edges in one expansion too: its articles' latest flags (the version
    // rule), its figures of the metric, its speakers.
    CALL (o, r) {
      MATCH (o)-[e:REPORTED_IN|STATES|ASSERTED]-(g)
      WITH e, g, type(e) AS kind
      RETURN collect(CASE WHEN kind = 'REPORTED_IN' AND startNode(e) = o AND g:Article THEN g.latest END) AS latest,
             collect(CASE WHEN kind = 'STATES' AND startNode(e) = o AND g:Figure AND g.metric = r.metric
                          THEN properties(g) END) AS figures,
             collect(CASE WHEN kind = 'ASSERTED' AND startNode(e) = g AND g:Actor
                          THEN g {.id, .name, .kind, .anonymous} END) AS speakers
    }
    WITH r, o, figures, speakers, latest
    WHERE $history OR NOT (false IN latest) OR true IN latest
    RETURN collect({kind: type(r), claim: o {.id, .text, .quote, .first_seen}, stated_by: speakers, figures: figures,
                    metric: r.metric, reason: r.reason}) AS links
  }
  CALL (f) {
    MATCH (f)-[r:EXCLUDES|PART_OF|REVISES]-(g:Figure)
    RETURN collect({relation: type(r), direction: CASE WHEN startNode(r) = f THEN 'outgoing' ELSE 'incoming' END,
                    figure: properties(g), reason: r.reason}) AS relations
  }
  RETURN collect({figure: properties(f), claim: c {.id, .text, .quote, .first_seen}, stated_on: stated_on,
                  stated_by: stated_by, on_behalf_of: on_behalf_of, reported_in: reported_in,
                  links: links, relations: relations}) AS items
}
RETURN total, items
