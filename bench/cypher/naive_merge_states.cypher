// The naive baseline of cypher/write/merge_states.cypher: one statement per row
// ($row, a map), the same MERGE and SET rules. Returns 1 when applied.
WITH $row AS row
MATCH (c:Claim {id: row.claim_id})
MATCH (f:Figure {id: row.figure_id})
MERGE (c)-[r:STATES]->(f)
  ON CREATE SET r.article = row.article_id, r.start = row.start, r.end = row.end
RETURN count(*) AS applied
