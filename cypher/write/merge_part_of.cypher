// (Figure)-[:PART_OF {reason}]->(Figure): a part of a stated total.
// Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MATCH (a:Figure {id: row.from_id})
MATCH (b:Figure {id: row.to_id})
MERGE (a)-[r:PART_OF]->(b)
  ON CREATE SET r.reason = row.reason, r.article = row.article_id
RETURN count(*) AS applied
