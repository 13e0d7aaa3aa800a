// Returns what cypher/read/figures.cypher returned before the table at a place read the place's
// own keys (kept to time against it in one run, bench.queries --only): the metric's stated_key
// range read in order with the place checked on each entry, so a place that matches fewer rows
// than the page and the count hold reads the whole range.
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
// caller says whether they passed $cap). Cost: one read of the key range in
// index order, cut at $offset + $limit or $cap + 1 rows, whichever is more: the
// page and the count are its rows. A place that fewer rows match than that reads
// the metric's whole range (a cost that grows with the metric's figures).
// A STATES edge only ever runs from a Claim to a Figure (cypher/write), so no label is checked.
// Actors, articles and claims come as map projections of the fields their answer models keep
// (graph.results ActorRef, ArticleRef, ClaimRef; tests/unit/test_page_projections.py holds
// them to the models): whole property maps carried aliases, search names, hashes and ingest
// times that the answer drops (a quarter of a full page of figures, in bytes).
CALL () {
  MATCH (c)-[s:STATES]->(f)
  WHERE s.stated_key >= $low AND s.stated_key < $high
    AND ($filters.place IS NULL
         OR toLower(f.place) = toLower($filters.place)
         OR EXISTS { (c)-[:ABOUT]->(p:Place) WHERE toLower(p.name) = toLower($filters.place) OR p.id = $filters.place })
    AND ($history OR (NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                      OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) }))
  WITH s, c, f ORDER BY s.stated_key
  LIMIT CASE WHEN $offset + $limit > $cap + 1 THEN $offset + $limit ELSE $cap + 1 END
  WITH collect({figure: f, claim: c}) AS rows
  RETURN size(rows) AS total, rows[$offset..$offset + $limit] AS page
}
CALL (page) {
  UNWIND page AS row
  WITH row.figure AS f, row.claim AS c
  // The claim's ASSERTED edges read once for its date, its speakers and their organizations.
  CALL (c) {
    OPTIONAL MATCH (s:Actor)-[r:ASSERTED]->(c)
    WITH min(r.date) AS asserted_on, collect(DISTINCT s) AS speakers
    CALL (speakers) {
      UNWIND speakers AS s
      MATCH (s)-[:SPEAKS_FOR|MEMBER_OF]->(o:Actor)
      RETURN collect(DISTINCT o {.id, .name, .kind, .anonymous}) AS on_behalf_of
    }
    RETURN asserted_on, [s IN speakers | s {.id, .name, .kind, .anonymous}] AS stated_by, on_behalf_of
  }
  WITH f, c, coalesce(asserted_on, c.first_seen) AS stated_on, stated_by, on_behalf_of
  CALL (c) {
    MATCH (c)-[:REPORTED_IN]->(art:Article)
    WITH DISTINCT art
    // One expansion for both: an article has too few edges for Neo4j to group them by
    // type, so expanding one type reads all of its edges, and two expansions read them twice.
    CALL (art) {
      MATCH (art)-[r:PUBLISHED_BY|SYNDICATED_FROM]->(o:Actor)
      RETURN collect(CASE type(r) WHEN 'PUBLISHED_BY' THEN o {.id, .name, .kind, .anonymous} END) AS publishers,
             collect(CASE type(r) WHEN 'SYNDICATED_FROM' THEN o {.id, .name, .kind, .anonymous} END) AS agencies
    }
    RETURN collect({article: art {.id, .title, .url, .published}, publishers: publishers, agencies: agencies})
           AS reported_in
  }
  CALL (c, f) {
    MATCH (c)-[r:CONTRADICTS|CORROBORATES]-(o:Claim)
    WHERE r.metric = f.metric
    WITH r, o, $history OR NOT EXISTS { (o)-[:REPORTED_IN]->(:Article {latest: false}) }
               OR EXISTS { (o)-[:REPORTED_IN]->(:Article {latest: true}) } AS shown
    WHERE shown
    CALL (o, r) {
      MATCH (o)-[:STATES]->(g:Figure)
      WHERE g.metric = r.metric
      RETURN collect(properties(g)) AS figures
    }
    CALL (o) {
      MATCH (s:Actor)-[:ASSERTED]->(o)
      RETURN collect(s {.id, .name, .kind, .anonymous}) AS speakers
    }
    RETURN collect({kind: type(r), claim: o {.id, .text, .quote, .first_seen}, stated_by: speakers,
                    figures: figures, metric: r.metric, reason: r.reason}) AS links
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
