// Returns ids: the first $offset + $limit undated incidents with a window whose end is on
// or after $floor that the list's filter matches, by the window's end descending, then id,
// read in that order from the incident_date index.
// Run when the count passed its cap: in the list an undated incident's day is its window's
// end. When the dated ones fill the page, only windows ending on or after the last of them
// ($floor, incidents_dated's earliest) can come before it; else $floor is the earliest date.
// $kinds: every kind asked for; $history; $filters: the list's filters, one map (keys as in
// incidents_count).
MATCH (i:Incident) USING INDEX i:Incident(window_end)
WHERE i.window_end >= $floor AND i.date IS NULL AND i.kind IN $kinds
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
WITH i ORDER BY i.window_end DESC, i.id LIMIT $offset + $limit
RETURN collect(i.id) AS ids
