// Returns what cypher/read/shortest_path.cypher returned before it tested a claim's version
// on the relationship to its article (kept to time against it in one run, bench.queries
// --only): source and target (the actors with ids $source and $target, null when
// absent) and paths: [] or the one shortest path between them over ASSERTED,
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
// allShortestPaths with one predicate over every node of the path, not a
// quantified path under SHORTEST: the planner evaluates a predicate of that
// form as the search expands, in its bidirectional breadth-first search, and
// plans no exhaustive fallback. Under the quantified form the cost hung on
// which end the search began from: on a million-claim graph, a path of 3 steps
// from a light actor to a wire agency of ten thousand articles took 38 s, the
// same path the other way 0.07 s; this form took under a second either way.
// One CASE, not ORs: the planner turns ORs into a conjunction whose every
// part it tests on every node, the actor degree count included.
OPTIONAL MATCH (a:Actor {id: $source})
OPTIONAL MATCH (b:Actor {id: $target})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = allShortestPaths((a)-[:ASSERTED|REPORTED_IN|PUBLISHED_BY|SYNDICATED_FROM|SPEAKS_FOR|MEMBER_OF*..8]-(b))
  WHERE all(x IN nodes(p) WHERE CASE
      WHEN x = a OR x = b THEN true
      WHEN x:Actor THEN COUNT { (x)-[:ASSERTED|REPORTED_IN|PUBLISHED_BY|SYNDICATED_FROM|SPEAKS_FOR|MEMBER_OF]-() }
                        <= $max_degree
      WHEN $history THEN true
      WHEN x:Article THEN coalesce(x.latest, true)
      ELSE x:Claim AND (NOT EXISTS { (x)-[:REPORTED_IN]->(:Article {latest: false}) }
                        OR EXISTS { (x)-[:REPORTED_IN]->(:Article {latest: true}) })
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
