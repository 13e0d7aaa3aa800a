// The naive baseline of cypher/write/merge_reported_in.cypher: one statement per row
// ($row, a map), the same MERGE and SET rules. Returns 1 when applied.
WITH $row AS row
MATCH (c:Claim {id: row.claim_id})
MATCH (a:Article {id: row.article_id})
MERGE (c)-[r:REPORTED_IN {start: row.start}]->(a)
SET r.end = row.end, r.sentence = row.sentence
RETURN count(*) AS applied
