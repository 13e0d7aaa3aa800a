// (Article)-[:SYNDICATED_FROM]->(Outlet) for an article that held no
// relationship when this transaction began writing it (merge_articles gave it as new); rows
// distinct. Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MATCH (o:Actor {id: row.outlet_id})
CREATE (a)-[:SYNDICATED_FROM]->(o)
RETURN count(*) AS applied
