// The naive baseline of cypher/write/merge_articles.cypher: one statement per row
// ($row, a map), the same MERGE and SET rules. Returns 1 when applied.
WITH $row AS row
MERGE (a:Article {id: row.id})
  ON CREATE SET a.ingested_at = datetime()
SET a.text_sha256 = row.text_sha256,
    a.url = row.url,
    a.title = row.title,
    a.published = row.published,
    a.dateline = row.dateline,
    a.language = row.language
RETURN count(*) AS applied
