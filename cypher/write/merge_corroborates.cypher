// (Claim)-[:CORROBORATES {metric, reason}]->(Claim), stored once per pair
// (smaller id first). Returns rows applied. Replanned as the graph grows (no
// replan=skip): the MERGE may be solved from the relationship's metric index,
// which is the cheaper plan while the graph holds a few such links, and a plan
// kept from then would read every link of the type for each row later.
CYPHER expressionEngine=interpreted
UNWIND $rows AS row
MATCH (a:Claim {id: row.a_id})
MATCH (b:Claim {id: row.b_id})
MERGE (a)-[r:CORROBORATES {metric: row.metric}]->(b)
  ON CREATE SET r.reason = row.reason
RETURN count(*) AS applied
