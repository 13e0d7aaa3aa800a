// (Article)-[:REPORTS]->(Incident) for an article that held no relationship
// when this transaction began writing it (merge_articles gave it as new); rows distinct.
// Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MATCH (i:Incident {id: row.incident_id})
CREATE (a)-[:REPORTS]->(i)
RETURN count(*) AS applied
