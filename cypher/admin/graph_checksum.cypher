// Returns the graph's content, one row per node and per relationship, for a
// checksum that tells whether two graphs are the same (the reliability tests
// compare a faulted run with a clean one). Nodes: labels and properties;
// relationships: type, the ids of both ends and properties. An Article's
// ingested_at is left out: it is the wall-clock time of the write, not content.
// The caller sorts and hashes the rows, so the order here does not matter.
MATCH (n)
RETURN 'node' AS kind, labels(n) AS labels, null AS type, null AS source, null AS target,
       n {.*, ingested_at: null} AS properties
UNION ALL
MATCH (s)-[r]->(t)
RETURN 'relationship' AS kind, null AS labels, type(r) AS type, s.id AS source, t.id AS target,
       properties(r) AS properties
