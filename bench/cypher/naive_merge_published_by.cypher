// The naive baseline of cypher/write/merge_published_by.cypher: one statement per row
// ($row, a map), the same MERGE and SET rules. Returns 1 when applied.
WITH $row AS row
MATCH (a:Article {id: row.article_id})
MATCH (o:Actor {id: row.outlet_id})
MERGE (a)-[:PUBLISHED_BY]->(o)
RETURN count(*) AS applied
