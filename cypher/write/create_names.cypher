// (Article)-[:NAMES]->(Actor) with the reading's record (name, kind, aliases,
// anonymous, role, outlet_kind) for an article that held no relationship when
// this transaction began writing it (merge_articles gave it as new); one row per article and
// actor. Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MATCH (o:Actor {id: row.actor_id})
CREATE (a)-[:NAMES {name: row.name, kind: row.kind, aliases: row.aliases, anonymous: row.anonymous,
                    role: row.role, outlet_kind: row.outlet_kind}]->(o)
RETURN count(*) AS applied
