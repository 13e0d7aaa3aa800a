// (Article)-[:REPORTS]->(Incident): the article reports the incident.
// Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MATCH (i:Incident {id: row.incident_id})
MERGE (a)-[:REPORTS]->(i)
RETURN count(*) AS applied
