// (Article)-[:NAMES]->(Actor): an actor the article's reading holds, with
// what the reading gave it (name, kind, aliases, anonymous, role,
// outlet_kind), the record recompute_actors joins. Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MATCH (o:Actor {id: row.actor_id})
MERGE (a)-[n:NAMES]->(o)
SET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases, n.anonymous = row.anonymous,
    n.role = row.role, n.outlet_kind = row.outlet_kind
RETURN count(*) AS applied
