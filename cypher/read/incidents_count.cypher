// Returns found: the ids of the incidents the list's filter matches, at most $cap + 1 of
// them (graph.results.INCIDENT_TOTAL_CAP; the caller says whether they passed $cap), in
// no order, read through the incident_kind index: $kinds is every kind asked for.
// Filters, the keys of one map $filters: place (the incident's place contains
// it, ignoring case); since, until (inclusive, on the incident's window: its
// end on or after since, its start on or before until); metric (some figure of
// that metric); words (each word is in the label, the text of a claim counting
// it or the name of its speaker, ignoring case); has_conflict (true: some
// CONTRADICTS edge; false: none); by (an actor id: some figure counting it was
// stated by one of voices, the ids of that actor and of those that speak for or
// belong to it, from voice_ids). A key null: no such filter.
// Unless $history, not the incidents that only replaced article versions REPORT;
// the filters metric, words, by and has_conflict look at the claims a latest
// version reports (a figure or conflict the page would not show does not select
// the incident).
// Why one map: Cypher caches a plan per query text and parameter types, and a
// filter given or not (a value or null) is another type, so separate
// parameters made a plan, which takes this filter seconds to make, for each
// combination of filters asked.
// Cost: the matches, up to $cap + 1 (every incident of the asked kinds when fewer match).
UNWIND $kinds AS kind
MATCH (i:Incident {kind: kind})
// The list's filter: the same text in incidents_count, incidents_dated, incidents_windowed and
// incidents_undated (Cypher has no shared predicate; tests/unit/test_incident_queries.py holds them
// equal). has_conflict is read only when asked for (an EXISTS compared with a value is computed for
// every row; one behind a filter on the parameter is not), whether a latest version reports the
// incident after the place and dates, and each version test after its pattern matched.
WITH i
WHERE ($filters.place IS NULL OR toLower(i.place) CONTAINS toLower($filters.place))
  AND ($filters.since IS NULL OR i.window_end >= $filters.since)
  AND ($filters.until IS NULL OR i.window_start <= $filters.until)
  AND ($history OR NOT EXISTS { (i)<-[:REPORTS]-(:Article {latest: false}) }
       OR EXISTS { (i)<-[:REPORTS]-(:Article {latest: true}) })
  AND ($filters.by IS NULL OR EXISTS { (i)<-[:COUNTS]-(:Figure)<-[:STATES]-(c:Claim)<-[:ASSERTED]-(s:Actor)
                               WHERE s.id IN $filters.voices
                                 AND ($history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                                      OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) }) })
  AND ($filters.metric IS NULL OR EXISTS { (i)<-[:COUNTS]-(f:Figure)<-[:STATES]-(c:Claim)
                                   WHERE f.metric = $filters.metric
                                     AND ($history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                                          OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) }) })
  AND all(w IN $filters.words WHERE toLower(i.label) CONTAINS w
          OR EXISTS { (i)<-[:COUNTS]-(:Figure)<-[:STATES]-(c:Claim)
                      WHERE (toLower(c.text) CONTAINS w
                             OR EXISTS { (c)<-[:ASSERTED]-(s:Actor) WHERE toLower(s.name) CONTAINS w })
                        AND ($history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                             OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) }) })
CALL (i) {
  WITH i WHERE $filters.has_conflict IS NOT NULL
  RETURN EXISTS {
    (i)<-[:COUNTS]-(f1:Figure)<-[:STATES]-(a:Claim)-[r:CONTRADICTS]->(b:Claim)-[:STATES]->(f2:Figure)-[:COUNTS]->(i)
    WHERE f1.metric = r.metric AND f2.metric = r.metric
      AND ($history OR ((NOT EXISTS { (a)-[:REPORTED_IN]->(:Article {latest: false}) }
                         OR EXISTS { (a)-[:REPORTED_IN]->(:Article {latest: true}) })
                        AND (NOT EXISTS { (b)-[:REPORTED_IN]->(:Article {latest: false}) }
                             OR EXISTS { (b)-[:REPORTED_IN]->(:Article {latest: true}) }))) } AS conflicted
  UNION
  WITH i WHERE $filters.has_conflict IS NULL
  RETURN null AS conflicted
}
WITH i, conflicted
WHERE $filters.has_conflict IS NULL OR conflicted = $filters.has_conflict
WITH i LIMIT $cap + 1
RETURN collect(i.id) AS found
