// (Claim)-[:ABOUT]->(Event) for a claim that held no relationship when this
// transaction began writing it (merge_claims gave it as new); one row per claim and event.
// Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MATCH (c:Claim {id: row.claim_id})
MATCH (t:Event {id: row.target_id})
CREATE (c)-[:ABOUT]->(t)
RETURN count(*) AS applied
