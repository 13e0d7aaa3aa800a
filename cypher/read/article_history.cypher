// Returns the versions of the article one of $refs names (the id of any of
// its versions, or the key its URL gives): its key and, per version, id,
// version, title, url, published, ingested_at, extractor, text_sha256,
// latest (no newer version points to it) and the ids of the claims it
// reports; no row when none. Versions are put in order by graph/history.py.
UNWIND $refs AS ref
MATCH (named:Article {id: ref})
WITH DISTINCT coalesce(named.key, named.id) AS key
MATCH (v:Article {key: key})
RETURN key, collect({
  id: v.id, version: coalesce(v.version, 1), title: v.title, url: v.url, published: v.published,
  ingested_at: v.ingested_at, extractor: v.extractor, text_sha256: v.text_sha256,
  latest: NOT EXISTS { (:Article)-[:PREVIOUS_VERSION]->(v) },
  claims: COLLECT { MATCH (v)<-[:REPORTED_IN]-(c:Claim) RETURN DISTINCT c.id }
}) AS versions
