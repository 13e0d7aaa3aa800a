// (Article)-[:NAMES]->(Actor) with the reading's record (name, kind, aliases,
// anonymous, role, outlet_kind) for an article that held no relationship when
// this transaction began writing it (merge_articles gave it as new); one row per article and
// actor. The rows are gathered by article first, so an article is sought once.
// Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
WITH row.article_id AS article_id, collect(row) AS named
MATCH (a:Article {id: article_id})
UNWIND named AS row
MATCH (o:Actor {id: row.actor_id})
CREATE (a)-[:NAMES {name: row.name, kind: row.kind, aliases: row.aliases, anonymous: row.anonymous,
                    role: row.role, outlet_kind: row.outlet_kind}]->(o)
RETURN count(*) AS applied
