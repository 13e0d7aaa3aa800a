// (Actor)-[:MEMBER_OF]->(Actor), with the span that said so. Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MATCH (p:Actor {id: row.actor_id})
MATCH (o:Actor {id: row.org_id})
MERGE (p)-[r:MEMBER_OF]->(o)
  ON CREATE SET r.article = row.article_id, r.start = row.start, r.end = row.end
RETURN count(*) AS applied
