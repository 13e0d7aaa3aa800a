// Returns what cypher/read/incidents.cypher returned before it capped the count (kept to
// time against it in one run, bench.queries --only): one page of incidents: total, then items, each with the incident,
// how many articles REPORT it, its figures (each with its claim, the
// claim's speakers with their ASSERTED edge and organisations, and the ids
// of the figures that REVISE it), and how many CONTRADICTS and CORROBORATES
// edges join claims whose figures of the edge's metric count it.
// Enters through the kind index: $kinds is every kind asked for.
// Filters, the keys of one map $filters: place (the incident's place contains
// it, ignoring case); since, until (inclusive, on the incident's window: its
// end on or after since, its start on or before until); metric (some figure of
// that metric); words (each word is in the label, the text of a claim counting
// it or the name of its speaker, ignoring case); has_conflict (true: some
// CONTRADICTS edge; false: none); by (an actor id: some figure counting it was
// stated by that actor or, to depth steps of SPEAKS_FOR/MEMBER_OF (at most 3),
// by an actor that speaks for or belongs to it; graph.voice). A key null: no
// such filter.
// Unless $history, not the incidents that only replaced article versions REPORT,
// nor the replaced versions in the article count, nor the figures and conflicts
// of claims that only replaced versions report; the filters metric, words, by
// and has_conflict look at those same claims (a figure or conflict the page
// would not show does not select the incident). The version test sits inside
// each EXISTS, after the pattern and its cheaper predicates matched.
// Order: date (else the window's end) newest first, nulls last; then id. $offset, $limit.
// Why one map: Cypher caches a plan per query text and parameter types, and a
// filter given or not (a value or null) is another type, so separate
// parameters made a plan, which takes this query seconds to make, for each
// combination of filters asked.
// Cost: the filters and the order read the matching incidents; the figures and
// the conflict counts are read for the page's incidents only.
CALL () {
  OPTIONAL MATCH (by:Actor {id: $filters.by})
  OPTIONAL MATCH p = (m:Actor)-[:SPEAKS_FOR|MEMBER_OF*1..3]->(by)
  WHERE m <> by AND length(p) <= $filters.depth
  WITH by, collect(DISTINCT m.id) AS members
  RETURN [x IN [by.id] + members WHERE x IS NOT NULL] AS voices
}
UNWIND $kinds AS kind
MATCH (i:Incident {kind: kind})
WITH i, voices, $history OR NOT EXISTS { (i)<-[:REPORTS]-(:Article {latest: false}) }
                OR EXISTS { (i)<-[:REPORTS]-(:Article {latest: true}) } AS shown
WHERE shown
  AND ($filters.place IS NULL OR toLower(i.place) CONTAINS toLower($filters.place))
  AND ($filters.since IS NULL OR i.window_end >= $filters.since)
  AND ($filters.until IS NULL OR i.window_start <= $filters.until)
  AND ($filters.by IS NULL OR EXISTS { (i)<-[:COUNTS]-(:Figure)<-[:STATES]-(c:Claim)<-[:ASSERTED]-(s:Actor)
                               WHERE s.id IN voices
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
// has_conflict is read only when asked for (an EXISTS compared with a value is
// computed for every row; one behind a filter on the parameter is not).
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
WITH i, coalesce(i.date, i.window_end) AS day
ORDER BY day IS NULL, day DESC, i.id
WITH collect(i) AS matching
WITH size(matching) AS total, matching[$offset..$offset + $limit] AS page
CALL (page) {
  UNWIND page AS i
  CALL (i) {
    OPTIONAL MATCH (i)<-[:COUNTS]-(f1:Figure)<-[:STATES]-(a:Claim)-[r:CONTRADICTS|CORROBORATES]->(b:Claim)
                   -[:STATES]->(f2:Figure)-[:COUNTS]->(i)
    WHERE f1.metric = r.metric AND f2.metric = r.metric
      AND ($history OR ((NOT EXISTS { (a)-[:REPORTED_IN]->(:Article {latest: false}) }
                         OR EXISTS { (a)-[:REPORTED_IN]->(:Article {latest: true}) })
                        AND (NOT EXISTS { (b)-[:REPORTED_IN]->(:Article {latest: false}) }
                             OR EXISTS { (b)-[:REPORTED_IN]->(:Article {latest: true}) })))
    WITH DISTINCT r
    RETURN count(CASE WHEN type(r) = 'CONTRADICTS' THEN 1 END) AS contradictions,
           count(CASE WHEN type(r) = 'CORROBORATES' THEN 1 END) AS corroborations
  }
  CALL (i) {
    OPTIONAL MATCH (art:Article)-[:REPORTS]->(i)
    WHERE $history OR coalesce(art.latest, true)
    RETURN count(DISTINCT art) AS articles
  }
  CALL (i) {
    OPTIONAL MATCH (f:Figure)-[:COUNTS]->(i)
    WITH f WHERE f IS NOT NULL
    MATCH (c:Claim)-[:STATES]->(f)
    WHERE $history OR (NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                       OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) })
    CALL (c) {
      OPTIONAL MATCH (s:Actor)-[said:ASSERTED]->(c)
      WITH s, said WHERE s IS NOT NULL
      CALL (s) {
        OPTIONAL MATCH (s)-[:SPEAKS_FOR|MEMBER_OF]->(o:Actor)
        RETURN [x IN collect(properties(o)) WHERE x IS NOT NULL] AS orgs
      }
      RETURN collect({actor: properties(s), asserted: properties(said), orgs: orgs}) AS speakers
    }
    CALL (f) {
      OPTIONAL MATCH (h:Figure)-[:REVISES]->(f)
      RETURN [x IN collect(h.id) WHERE x IS NOT NULL] AS revised_by
    }
    RETURN collect({figure: properties(f), claim: properties(c), speakers: speakers,
                    revised_by: revised_by}) AS figures
  }
  RETURN collect({incident: properties(i), articles: articles, figures: figures,
                  contradictions: contradictions, corroborations: corroborations}) AS items
}
RETURN total, items
