// (Article)-[:SYNDICATED_FROM]->(Outlet): the wire agency the story came from.
// Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MATCH (o:Actor {id: row.outlet_id})
MERGE (a)-[:SYNDICATED_FROM]->(o)
RETURN count(*) AS applied
