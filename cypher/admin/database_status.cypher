// Returns one row per database: name, currentStatus ("online" when it serves).
// scripts/neo4j/wait_ready.py runs it (over HTTP, against the system database)
// to tell when a starting server is ready.
SHOW DATABASES YIELD name, currentStatus
RETURN name, currentStatus
