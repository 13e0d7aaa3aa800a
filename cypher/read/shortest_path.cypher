// Returns source and target (the actors with ids $source and $target, null when
// absent) and paths: [] or the one shortest path between them over ASSERTED,
// REPORTED_IN, PUBLISHED_BY, SYNDICATED_FROM, SPEAKS_FOR and MEMBER_OF in either
// direction, at most 8 relationships long (graph.results.MAX_PATH_HOPS), as
// nodes and edges in path order. Among equally short paths the one whose node
// ids, then edge ids (graph.results.edge_id), form the smallest list.
// From an actor to itself, the path is that node alone.
// The path passes through no actor, its two ends excepted, with more than
// $max_degree relationships of those types (graph.results.MAX_PATH_DEGREE): a
// super-node (an outlet, an agency, a ministry) would join everything and make
// the search read the graph. The predicate is checked as the search expands
// (SHORTEST with a quantified path), so a super-node is never expanded; claims
// and articles are not counted (their degree is small, and counting every
// node's relationships cost more than the search). The cap counts every
// version's relationships: it bounds the search's cost, which they make.
// Unless $history, the path passes through no replaced article version
// (latest false) and no claim that only replaced versions report; tested on
// claims and articles as they are reached, so the search never expands them.
// One CASE, not ORs: the planner turns ORs into a conjunction whose every
// part it tests on every node, the actor degree count included.
OPTIONAL MATCH (a:Actor {id: $source})
OPTIONAL MATCH (b:Actor {id: $target})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = ALL SHORTEST (a) (()-[:ASSERTED|REPORTED_IN|PUBLISHED_BY|SYNDICATED_FROM|SPEAKS_FOR|MEMBER_OF]-(x)
    WHERE CASE
      WHEN x = b THEN true
      WHEN x:Actor THEN COUNT { (x)-[:ASSERTED|REPORTED_IN|PUBLISHED_BY|SYNDICATED_FROM|SPEAKS_FOR|MEMBER_OF]-() }
                        <= $max_degree
      WHEN $history THEN true
      WHEN x:Article THEN coalesce(x.latest, true)
      ELSE x:Claim AND (NOT EXISTS { (x)-[:REPORTED_IN]->(:Article {latest: false}) }
                        OR EXISTS { (x)-[:REPORTED_IN]->(:Article {latest: true}) })
    END
  ){1,8} (b)
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
