// The naive baseline of cypher/write/merge_corroborates.cypher: one statement per row
// ($row, a map), the same MERGE and SET rules. Returns 1 when applied.
WITH $row AS row
MATCH (a:Claim {id: row.a_id})
MATCH (b:Claim {id: row.b_id})
MERGE (a)-[r:CORROBORATES {metric: row.metric}]->(b)
  ON CREATE SET r.reason = row.reason
RETURN count(*) AS applied
