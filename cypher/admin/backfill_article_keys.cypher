// Gives the articles of a graph written before versions their key (their id)
// and version 1. Returns how many it changed.
MATCH (a:Article)
WHERE a.key IS NULL
SET a.key = a.id, a.version = coalesce(a.version, 1)
RETURN count(*) AS changed
