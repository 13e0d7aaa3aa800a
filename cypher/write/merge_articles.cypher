// Merges Article nodes (article versions) by id; ingested_at is set once, on
// creation, so a re-ingest changes nothing, and so is latest (true: no newer
// version replaced it; merge_previous_version clears it); key names the article across its
// versions (the id of the first when the row has none). Returns rows applied,
// and new: the ids of the articles that hold no relationship at all. The SET
// holds each article's write lock until the transaction ends, so no other
// writer can add an edge to such an article meanwhile: the edges this batch
// gives it are new, and are CREATEd (create_*), not MERGEd.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
  ON CREATE SET a.ingested_at = datetime(), a.latest = true
WITH a, row, NOT EXISTS { (a)--() } AS fresh
SET a.text_sha256 = row.text_sha256,
    a.url = row.url,
    a.title = row.title,
    a.published = row.published,
    a.dateline = row.dateline,
    a.language = row.language,
    a.key = coalesce(row.key, row.id),
    a.version = row.version,
    a.extractor = row.extractor,
    a.source = row.source
RETURN count(*) AS applied, collect(DISTINCT CASE WHEN fresh THEN row.id END) AS new
