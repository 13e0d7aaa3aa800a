// Returns ids and orders: the id of each node of $nodes (element ids), in their order, and
// for each relationship of $edges (element ids) its string in the order of paths
// (graph.path_search): TYPE:start id>end id, a REPORTED_IN edge with :start after it.
// A node or relationship removed since the search read it is left out (the list is shorter).
CALL () {
  UNWIND range(0, size($nodes) - 1) AS i
  MATCH (n) WHERE elementId(n) = $nodes[i]
  WITH i, n ORDER BY i
  RETURN collect(n.id) AS ids
}
CALL () {
  UNWIND range(0, size($edges) - 1) AS i
  MATCH ()-[r]->() WHERE elementId(r) = $edges[i]
  WITH i, r ORDER BY i
  RETURN collect(type(r) + ':' + startNode(r).id + '>' + endNode(r).id
                 + CASE type(r) WHEN 'REPORTED_IN' THEN ':' + toString(r.start) ELSE '' END) AS orders
}
RETURN ids, orders
