// Returns what cypher/read/corroborations.cypher returned before it capped the count (kept to
// time against it in one run, bench.queries --only): one page of the CORROBORATES pairs whose metric is in $metrics: total, then
// items, each the metric, the reason and both claims (a: the edge's start, the
// smaller id) with their speakers and their figures of the metric.
// Unless $history, no pair with a claim that only replaced article versions report.
// Order: metric, then a's claim id, then b's. $offset, $limit.
// One seek per metric on the corroborations_metric relationship index.
UNWIND $metrics AS metric
MATCH (a:Claim)-[r:CORROBORATES {metric: metric}]->(b:Claim)
WITH a, r, b, $history OR ((NOT EXISTS { (a)-[:REPORTED_IN]->(:Article {latest: false}) }
                            OR EXISTS { (a)-[:REPORTED_IN]->(:Article {latest: true}) })
                          AND (NOT EXISTS { (b)-[:REPORTED_IN]->(:Article {latest: false}) }
                               OR EXISTS { (b)-[:REPORTED_IN]->(:Article {latest: true}) })) AS shown
WHERE shown
WITH a, r, b ORDER BY r.metric, a.id, b.id
WITH collect({a: a, b: b, metric: r.metric, reason: r.reason}) AS matching
WITH size(matching) AS total, matching[$offset..$offset + $limit] AS page
CALL (page) {
  UNWIND page AS row
  WITH row, row.a AS a, row.b AS b
  CALL (a, row) {
    OPTIONAL MATCH (s:Actor)-[:ASSERTED]->(a)
    RETURN collect(properties(s)) AS a_speakers
  }
  CALL (a, row) {
    OPTIONAL MATCH (a)-[:STATES]->(f:Figure)
    WHERE f.metric = row.metric
    RETURN collect(properties(f)) AS a_figures
  }
  CALL (b, row) {
    OPTIONAL MATCH (s:Actor)-[:ASSERTED]->(b)
    RETURN collect(properties(s)) AS b_speakers
  }
  CALL (b, row) {
    OPTIONAL MATCH (b)-[:STATES]->(f:Figure)
    WHERE f.metric = row.metric
    RETURN collect(properties(f)) AS b_figures
  }
  RETURN collect({metric: row.metric, reason: row.reason,
                  a: {claim: properties(a), stated_by: a_speakers, figures: a_figures},
                  b: {claim: properties(b), stated_by: b_speakers, figures: b_figures}}) AS items
}
RETURN total, items
