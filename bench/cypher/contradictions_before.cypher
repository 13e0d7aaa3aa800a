// Returns what cypher/read/contradictions.cypher returns, as it read it before the twenty-fifth round (kept
// to time against it in one run, bench.queries --only): both claims of each pair counted checked for
// the Claim label, and each page claim's speakers and figures read in two expansions.
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
// Actors and claims come as map projections of the fields their answer models keep
// (graph.results ActorRef, ClaimRef; tests/unit/test_page_projections.py holds them to the
// models): whole property maps carried aliases, search names and roles the answer drops.
UNWIND $metrics AS metric
MATCH (a:Claim)-[r:CONTRADICTS {metric: metric}]->(b:Claim)
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
      MATCH (a:Claim)-[r:CONTRADICTS {metric: metric}]->(b:Claim)
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
    MATCH (s:Actor)-[:ASSERTED]->(a)
    RETURN collect(s {.id, .name, .kind, .anonymous}) AS a_speakers
  }
  CALL (a, row) {
    OPTIONAL MATCH (a)-[:STATES]->(f:Figure)
    WHERE f.metric = row.metric
    RETURN collect(properties(f)) AS a_figures
  }
  CALL (b, row) {
    MATCH (s:Actor)-[:ASSERTED]->(b)
    RETURN collect(s {.id, .name, .kind, .anonymous}) AS b_speakers
  }
  CALL (b, row) {
    OPTIONAL MATCH (b)-[:STATES]->(f:Figure)
    WHERE f.metric = row.metric
    RETURN collect(properties(f)) AS b_figures
  }
  RETURN collect({metric: row.metric, reason: row.reason,
                  a: {claim: a {.id, .text, .quote, .first_seen}, stated_by: a_speakers, figures: a_figures},
                  b: {claim: b {.id, .text, .quote, .first_seen}, stated_by: b_speakers, figures: b_figures}}) AS items
}
RETURN total, capped, items
