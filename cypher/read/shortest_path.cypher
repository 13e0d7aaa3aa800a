// Returns paths: [] or the one shortest path between the actors of element ids $source
// and $target (path_ends found them, neither over graph.results.PATH_END_CAP: an end over
// it is searched level by level, graph.path_reads) over ASSERTED, REPORTED_IN,
// PUBLISHED_BY, SYNDICATED_FROM, SPEAKS_FOR and MEMBER_OF in either direction, at most 6
// relationships long (graph.results.MAX_PATH_HOPS, which names the same number: a length
// in a pattern cannot be a parameter), as nodes and edges in path order. Among equally
// short paths the one whose node ids, then edge ids (graph.results.edge_id), form the
// smallest list (graph.path_search chooses alike). From an actor to itself, the path is
// that node alone.
// Six, not eight: on a million claims the paths of 7 and 8 steps are detours
// through claims and articles around the outlets over the degree cap, to or
// between organizations, most of the 8-step searches 0.3M to 0.4M db hits; a
// search that finds nothing within 6 costs about 25,000. 20 of the bench's 200
// pairs lose their path there, none at 100,000 claims (docs/benchmarks.md, "A
// path search bounded at six steps: the twenty-fourth round").
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
// One CASE, not ORs: the planner turns ORs into a conjunction whose every
// part it tests on every node, the actor degree count included.
MATCH (a:Actor) WHERE elementId(a) = $source
MATCH (b:Actor) WHERE elementId(b) = $target
CALL (a, b) {
  WITH a, b WHERE a <> b
  MATCH p = allShortestPaths((a)-[:ASSERTED|REPORTED_IN|PUBLISHED_BY|SYNDICATED_FROM|SPEAKS_FOR|MEMBER_OF*..6]-(b))
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
RETURN CASE WHEN a = b THEN [{nodes: [{labels: labels(a), properties: properties(a)}], edges: []}]
       ELSE paths END AS paths
