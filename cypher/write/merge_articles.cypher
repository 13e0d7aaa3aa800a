// Merges Article nodes (article versions) by id; ingested_at is set once, on
// creation, so a re-ingest changes nothing, and so is latest (true: no newer
// version replaced it; merge_previous_version clears it); key names the article across its
// versions (the id of the first when the row has none). Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
  ON CREATE SET a.ingested_at = datetime(), a.latest = true
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
RETURN count(*) AS applied
