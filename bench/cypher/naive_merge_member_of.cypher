// The naive baseline of cypher/write/merge_member_of.cypher: one statement per row
// ($row, a map), the same MERGE and SET rules. Returns 1 when applied.
WITH $row AS row
MATCH (p:Actor {id: row.actor_id})
MATCH (o:Actor {id: row.org_id})
MERGE (p)-[r:MEMBER_OF]->(o)
  ON CREATE SET r.article = row.article_id, r.start = row.start, r.end = row.end
RETURN count(*) AS applied
