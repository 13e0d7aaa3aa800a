// Waits (up to 300 s) until every index is online; returns nothing.
CALL db.awaitIndexes(300)
