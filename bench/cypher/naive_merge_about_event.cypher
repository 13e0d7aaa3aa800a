// The naive baseline of cypher/write/merge_about_event.cypher: one statement per row
// ($row, a map), the same MERGE and SET rules. Returns 1 when applied.
WITH $row AS row
MATCH (c:Claim {id: row.claim_id})
MATCH (t:Event {id: row.target_id})
MERGE (c)-[:ABOUT]->(t)
RETURN count(*) AS applied
