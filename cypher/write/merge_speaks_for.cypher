// (Actor)-[:SPEAKS_FOR {role}]->(Actor), with the span that said so.
// Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MATCH (p:Actor {id: row.actor_id})
MATCH (o:Actor {id: row.org_id})
MERGE (p)-[r:SPEAKS_FOR]->(o)
  ON CREATE SET r.role = row.role, r.article = row.article_id, r.start = row.start, r.end = row.end
RETURN count(*) AS applied
