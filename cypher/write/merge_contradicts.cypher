// (Claim)-[:CONTRADICTS {metric, reason}]->(Claim), stored once per pair
// (smaller id first). Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MATCH (a:Claim {id: row.a_id})
MATCH (b:Claim {id: row.b_id})
MERGE (a)-[r:CONTRADICTS {metric: row.metric}]->(b)
  ON CREATE SET r.reason = row.reason
RETURN count(*) AS applied
