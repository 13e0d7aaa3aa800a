// (Claim)-[:ABOUT]->(Place). Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MATCH (c:Claim {id: row.claim_id})
MATCH (t:Place {id: row.target_id})
MERGE (c)-[:ABOUT]->(t)
RETURN count(*) AS applied
