// (Claim)-[:STATES]->(Figure), with the figure's span in the first article.
// Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MATCH (c:Claim {id: row.claim_id})
MATCH (f:Figure {id: row.figure_id})
MERGE (c)-[r:STATES]->(f)
  ON CREATE SET r.article = row.article_id, r.start = row.start, r.end = row.end
RETURN count(*) AS applied
