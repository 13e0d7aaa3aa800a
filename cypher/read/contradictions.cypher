// Returns one page of the CONTRADICTS pairs whose metric is in $metrics: total, capped,
// then items, each the metric, the reason and both claims (a: the edge's start, the
// smaller id) with their speakers and their figures of the metric.
// Unless $history, no pair with a claim that only replaced article versions report.
// Order: metric, then a's claim id, then b's. $metrics: distinct metric names; $offset,
// $limit; $cap: the most pairs counted (graph.results.PAIR_TOTAL_CAP).
// The pairs are found by one seek per metric on the contradicts_metric relationship index and
// counted up to $cap + 1. Up to $cap they are the answer: total exact, sorted here. Past it
// (capped: true, total = $cap) the metrics are walked in order: a metric's pairs are sorted
// by their claims' ids alone, the version rule is checked in that order until
// $offset + $limit pairs are shown, and the next metric is read only if the page reaches it.
// A CONTRADICTS edge only ever runs from a Claim to a Claim (cypher/write), so no label is checked
// (two label reads a pair counted). Each claim's speakers and figures come from one expansion
// of its edges: a claim has too few edges for Neo4j to group them by type, so each typed
// expansion read all of them.
// Actors and claims come as map projections of the fields their answer models keep
// (graph.results ActorRef, ClaimRef; tests/unit/test_page_projections.py holds them to the
// models): whole property maps carried aliases, search names and roles the answer drops.
UNWIND $metrics AS metric
MATCH (a)-[r:CONTRADICTS {metric: metric}]->(b)
WHERE $history OR ((NOT EXISTS { (a)-[:REPORTED_IN]->(:Article {latest: false}) }
                OR EXISTS { (a)-[:REPORTED_IN]->(:Article {latest: true}) })
              AND (NOT EXISTS { (b)-[:REPORTED_IN]->(:Article {latest: false}) }
                   OR EXISTS { (b)-[:REPORTED_IN]->(:Article {latest: true}) }))
WITH a, r, b LIMIT $cap + 1
WITH collect({a: a, b: b, metric: r.metric, reason: r.reason}) AS found
WITH found, size(found) > $cap AS capped
CALL (found, capped) {
  WITH found WHERE NOT capped
  CALL (found) {
    UNWIND found AS row
    WITH row ORDER BY row.metric, row.a.id, row.b.id
    RETURN collect(row) AS ordered
  }
  RETURN ordered
UNION
  WITH capped WHERE capped
  CALL () {
    UNWIND $metrics AS metric
    WITH metric ORDER BY metric
    CALL (metric) {
      MATCH (a)-[r:CONTRADICTS {metric: metric}]->(b)
      WITH a, r, b ORDER BY a.id, b.id
      // A subquery after the sort: the rule is checked on the sorted pairs, only as far as
      // the page needs, not on every pair of the metric before sorting them.
      CALL (a, b) {
        RETURN $history OR ((NOT EXISTS { (a)-[:REPORTED_IN]->(:Article {latest: false}) }
                          OR EXISTS { (a)-[:REPORTED_IN]->(:Article {latest: true}) })
                        AND (NOT EXISTS { (b)-[:REPORTED_IN]->(:Article {latest: false}) }
                             OR EXISTS { (b)-[:REPORTED_IN]->(:Article {latest: true}) })) AS shown
      }
      WITH a, r, b, shown WHERE shown
      WITH a, r, b LIMIT $offset + $limit
      RETURN a, r, b
    }
    WITH a, r, b LIMIT $offset + $limit
    RETURN collect({a: a, b: b, metric: r.metric, reason: r.reason}) AS ordered
  }
  RETURN ordered
}
WITH CASE WHEN capped THEN $cap ELSE size(found) END AS total, capped, ordered[$offset..$offset + $limit] AS page
CALL (page) {
  UNWIND page AS row
  WITH row, row.a AS a, row.b AS b
  CALL (a, row) {
    MATCH (a)-[e:ASSERTED|STATES]-(g)
    RETURN collect(CASE WHEN type(e) = 'ASSERTED' AND startNode(e) = g AND g:Actor
                        THEN g {.id, .name, .kind, .anonymous} END) AS a_speakers,
           collect(CASE WHEN type(e) = 'STATES' AND startNode(e) = a AND g:Figure AND g.metric = row.metric
                        THEN properties(g) END) AS a_figures
  }
  CALL (b, row) {
    MATCH (b)-[e:ASSERTED|STATES]-(g)
    RETURN collect(CASE WHEN type(e) = 'ASSERTED' AND startNode(e) = g AND g:Actor
                        THEN g {.id, .name, .kind, .anonymous} END) AS b_speakers,
           collect(CASE WHEN type(e) = 'STATES' AND startNode(e) = b AND g:Figure AND g.metric = row.metric
                        THEN properties(g) END) AS b_figures
  }
  RETURN collect({metric: row.metric, reason: row.reason,
                  a: {claim: a {.id, .text, .quote, .first_seen}, stated_by: a_speakers, figures: a_figures},
                  b: {claim: b {.id, .text, .quote, .first_seen}, stated_by: b_speakers, figures: b_figures}}) AS items
}
RETURN total, capped, items
