// Deletes every relationship, in transactions of 10,000; returns nothing. The first
// half of clearing the graph (clear_nodes.cypher after it), for tests and
// `claimgraph reset`. Relationships first and alone: a batch of nodes deleted with
// their relationships holds every relationship of each, and one hub (an agency, a
// heavy speaker) has hundreds of thousands; on a 2 GiB heap a hub of 1.5M
// relationships in one batch ended the server with OutOfMemoryError, and the
// batches of the 20,000-article bench graph were refused by the transaction memory
// pool (docs/benchmarks.md, "Clearing a graph with hubs, and a full ingest run: the
// twenty-fifth round").
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
