// (Article)-[:PREVIOUS_VERSION]->(Article): a newer version of an article to
// the one it replaced, which is no longer the latest (reads answer from the
// latest versions by default). Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MATCH (p:Article {id: row.previous_id})
MERGE (a)-[:PREVIOUS_VERSION]->(p)
SET p.latest = false
RETURN count(*) AS applied
