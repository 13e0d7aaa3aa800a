// Returns how many transactions the server is running besides this one
// (open: the number). The reliability tests wait for it to reach 0 after
// killing an ingest: a commit the killed process had already sent still
// completes on the server, and the graph is only then what the kill left.
SHOW TRANSACTIONS YIELD transactionId, currentQuery
WHERE NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
RETURN count(*) AS open
