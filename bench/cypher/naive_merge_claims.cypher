// The naive baseline of cypher/write/merge_claims.cypher: one statement per row
// ($row, a map), the same MERGE and SET rules. Returns 1 when applied.
WITH $row AS row
MERGE (c:Claim {id: row.id})
  ON CREATE SET c.text = row.text, c.quote = row.quote, c.confidence = row.confidence
SET c.first_seen = CASE
  WHEN c.first_seen IS NULL OR (row.first_seen IS NOT NULL AND row.first_seen < c.first_seen)
  THEN row.first_seen ELSE c.first_seen END
RETURN count(*) AS applied
