// Returns what cypher/read/shortest_path.cypher returned before it bounded an
// end over graph.results.PATH_END_CAP (kept to time against it in one run,
// bench.queries --only): source and target (the actors with ids $source and
// $target, null when absent) and paths: [] or the one shortest path between them over ASSERTED,
// REPORTED_IN, PUBLISHED_BY, SYNDICATED_FROM, SPEAKS_FOR and MEMBER_OF in either
// direction, at most 8 relationships long (graph.results.MAX_PATH_HOPS), as
// nodes and edges in path order. Among equally short paths the one whose node
// ids, then edge ids (graph.results.edge_id), form the smallest list.
// From an actor to itself, the path is that node alone.
// The path passes through no actor, its two ends excepted, with more than
// $max_degree relationships of those types (graph.results.MAX_PATH_DEGREE): a
// super-node (an outlet, an agency, a ministry) would join everything and make
// the search read the graph. Claims and articles are not counted (their degree
// is small). The cap counts every version's relationships: it bounds the
// search's cost, which they make.
// Unless $history, the path passes through no replaced article version
// (latest false) and no claim that only replaced versions report.
// A claim with at most one speaker is vouched for on the path's REPORTED_IN
// step instead of where the search reaches it: the path enters and leaves such
// a claim by two relationships, at most one of them ASSERTED, so it takes one
// of its REPORTED_IN, to an article that passes only if latest, which makes
// the claim current. An article with no flag yet (before setup_schema's
// backfill) passes too, so that step tests the claim itself. The search reads
// every claim of a heavy end, and each costs one degree read that way, not two
// patterns: on a million claims, 1.6M db hits for the heaviest speaker, not
// 3.4M (docs/benchmarks.md, "A path search that never expands a heavy end,
// tried: the fourteenth round").
// allShortestPaths with one predicate over every node of the path and one
// over every relationship, not a quantified path under SHORTEST: the planner
// evaluates predicates of that form as the search expands, in its
// bidirectional breadth-first search, and plans no exhaustive fallback. Under
// the quantified form the cost hung on which end the search began from: on a
// million-claim graph, a path of 3 steps from a light actor to a wire agency
// of ten thousand articles took 38 s, the same path the other way 0.07 s;
// this form took under a second either way.
// Nothing else tried was cheaper on heavy ends in general: the quantified
// form begun at the heavy end read as much as this one, begun at the light end
// it found no answer in 30 s; a variable-length match begun at the lighter
// end, which never expands the heavier, read more on two of three heavy pairs
// (docs/benchmarks.md, "A path search that never expands a heavy end, tried:
// the fourteenth round").
// One CASE, not ORs: the planner turns ORs into a conjunction whose every
// part it tests on every node, the actor degree count included.
OPTIONAL MATCH (a:Actor {id: $source})
OPTIONAL MATCH (b:Actor {id: $target})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = allShortestPaths((a)-[:ASSERTED|REPORTED_IN|PUBLISHED_BY|SYNDICATED_FROM|SPEAKS_FOR|MEMBER_OF*..8]-(b))
  WHERE all(x IN nodes(p) WHERE CASE
      WHEN x = a OR x = b THEN true
      WHEN x:Claim THEN $history OR COUNT { (x)<-[:ASSERTED]-() } <= 1
                        OR NOT EXISTS { (x)-[:REPORTED_IN]->(:Article {latest: false}) }
                        OR EXISTS { (x)-[:REPORTED_IN]->(:Article {latest: true}) }
      WHEN x:Actor THEN COUNT { (x)-[:ASSERTED|REPORTED_IN|PUBLISHED_BY|SYNDICATED_FROM|SPEAKS_FOR|MEMBER_OF]-() }
                        <= $max_degree
      ELSE $history OR (x:Article AND coalesce(x.latest, true))
    END)
    AND all(r IN relationships(p) WHERE CASE
      WHEN $history OR type(r) <> 'REPORTED_IN' OR endNode(r).latest IS NOT NULL THEN true
      ELSE any(c IN [startNode(r)] WHERE NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                                       OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) })
    END)
  WITH p
  ORDER BY [n IN nodes(p) | n.id],
           [r IN relationships(p) | type(r) + ':' + startNode(r).id + '>' + endNode(r).id
              + CASE type(r) WHEN 'REPORTED_IN' THEN ':' + toString(r.start) ELSE '' END]
  LIMIT 1
  RETURN collect({
    nodes: [n IN nodes(p) | {labels: labels(n), properties: properties(n)}],
    edges: [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id,
                                     properties: properties(r)}]
  }) AS paths
}
RETURN properties(a) AS source, properties(b) AS target,
       CASE WHEN a IS NOT NULL AND a = b
         THEN [{nodes: [{labels: labels(a), properties: properties(a)}], edges: []}]
         ELSE paths END AS paths
