// Merges Place nodes by id. Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
  ON CREATE SET p.name = row.name
RETURN count(*) AS applied
