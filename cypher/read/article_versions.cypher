// Returns every stored version of the articles with the keys $keys (through
// the article_key index): id, key, version, text_sha256, and latest (no newer
// version points to it), by key then version. Ingest places a new text
// among them (ingest/versions.py).
UNWIND $keys AS key
MATCH (a:Article {key: key})
RETURN a.id AS id, a.key AS key, a.version AS version, a.text_sha256 AS text_sha256,
       NOT EXISTS { (:Article)-[:PREVIOUS_VERSION]->(a) } AS latest
ORDER BY key, version
