// Returns the stored incidents of the given kinds (one row each, by id): what
// a new article's incidents are resolved against.
UNWIND $kinds AS kind
MATCH (i:Incident {kind: kind})
RETURN properties(i) AS incident
ORDER BY i.id
