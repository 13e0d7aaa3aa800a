// Returns the whole graph for an export: every node carrying one of the
// labels in $labels (labels, properties) and every relationship of a type in
// $types between two such nodes (type, source, target, properties). The one read query that
// visits every node on purpose. Order (applied by graph.results.Subgraph):
// nodes by label then id, edges by id.
CALL () {
  MATCH (n)
  WHERE any(label IN labels(n) WHERE label IN $labels)
  RETURN collect({labels: labels(n), properties: properties(n)}) AS nodes
}
CALL () {
  MATCH (s)-[r]->(t)
  WHERE type(r) IN $types
    AND any(label IN labels(s) WHERE label IN $labels) AND any(label IN labels(t) WHERE label IN $labels)
  RETURN collect({type: type(r), source: s.id, target: t.id, properties: properties(r)}) AS edges
}
RETURN nodes, edges
