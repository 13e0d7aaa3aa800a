// Deletes every node, in transactions of 10,000; returns nothing. The second half
// of clearing the graph, after clear_relationships.cypher: each node's
// relationships are by then only those a concurrent write added in between, few,
// and DETACH takes them too rather than fail the clear.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
