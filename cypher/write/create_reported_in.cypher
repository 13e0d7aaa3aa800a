// (Claim)-[:REPORTED_IN {start, end, sentence}]->(Article) for an article that
// held no relationship when this transaction began writing it (merge_articles gave it as new):
// one row per mention, no two rows with the same claim, article and start. The rows
// are gathered by article first, so an article is sought once, not once per mention.
// Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
WITH row.article_id AS article_id, collect(row) AS mentions
MATCH (a:Article {id: article_id})
UNWIND mentions AS row
MATCH (c:Claim {id: row.claim_id})
CREATE (c)-[:REPORTED_IN {start: row.start, end: row.end, sentence: row.sentence}]->(a)
RETURN count(*) AS applied
