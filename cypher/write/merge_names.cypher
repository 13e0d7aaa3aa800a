// (Article)-[:NAMES]->(Actor): an actor the article's reading names and
// links to nothing else. Returns rows applied.
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MATCH (o:Actor {id: row.actor_id})
MERGE (a)-[:NAMES]->(o)
RETURN count(*) AS applied
