// (Claim)-[:STATES]->(Figure) with the figure's span in the first article, for
// a claim that held no relationship when this transaction began writing it
// (merge_claims gave it as new); one row per claim and figure. Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MATCH (c:Claim {id: row.claim_id})
MATCH (f:Figure {id: row.figure_id})
CREATE (c)-[:STATES {article: row.article_id, start: row.start, end: row.end}]->(f)
RETURN count(*) AS applied
