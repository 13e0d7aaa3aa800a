// Gives the articles of a graph written before versions their key (their id)
// and version 1, and those written before the latest flag (or imported from
// files) their flag: true unless a newer version points to them. Returns how
// many it changed.
MATCH (a:Article)
WHERE a.key IS NULL OR a.latest IS NULL
SET a.key = coalesce(a.key, a.id), a.version = coalesce(a.version, 1),
    a.latest = NOT EXISTS { (:Article)-[:PREVIOUS_VERSION]->(a) }
RETURN count(*) AS changed
