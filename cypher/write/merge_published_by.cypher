// (Article)-[:PUBLISHED_BY]->(Outlet). Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MATCH (o:Actor {id: row.outlet_id})
MERGE (a)-[:PUBLISHED_BY]->(o)
RETURN count(*) AS applied
