// Merges Article nodes by id; ingested_at is set once, on creation, so a
// re-ingest changes nothing. Returns the number of rows applied.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
  ON CREATE SET a.ingested_at = datetime()
SET a.text_sha256 = row.text_sha256,
    a.url = row.url,
    a.title = row.title,
    a.published = row.published,
    a.dateline = row.dateline,
    a.language = row.language
RETURN count(*) AS applied
