// Returns the articles among $ids that are already in the graph: id, text_sha256.
// Ingest uses it to skip what an earlier (maybe interrupted) run wrote.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.text_sha256 AS text_sha256
