// (Figure)-[:REVISES {reason}]->(Figure): the newer count of a source (or
// of the same words) replaces the older one. Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MATCH (a:Figure {id: row.from_id})
MATCH (b:Figure {id: row.to_id})
MERGE (a)-[r:REVISES]->(b)
  ON CREATE SET r.reason = row.reason, r.article = row.article_id
RETURN count(*) AS applied
