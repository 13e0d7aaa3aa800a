// Returns nodes and edges of a path the search (graph.path_search) chose, in path order:
// each node of $nodes (element ids) as {labels, properties} and each relationship of
// $edges (element ids) as {type, source, target, properties}, source and target its end
// nodes' ids. A node or relationship removed since the search read it is missing.
CALL () {
  UNWIND range(0, size($nodes) - 1) AS i
  MATCH (n) WHERE elementId(n) = $nodes[i]
  WITH i, n ORDER BY i
  RETURN collect({labels: labels(n), properties: properties(n)}) AS nodes
}
CALL () {
  UNWIND range(0, size($edges) - 1) AS i
  MATCH ()-[r]->() WHERE elementId(r) = $edges[i]
  WITH i, r ORDER BY i
  RETURN collect({type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}) AS edges
}
RETURN nodes, edges
