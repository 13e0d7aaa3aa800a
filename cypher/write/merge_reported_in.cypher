// (Claim)-[:REPORTED_IN {start}]->(Article), one edge per mention (span).
// Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MATCH (c:Claim {id: row.claim_id})
MATCH (a:Article {id: row.article_id})
MERGE (c)-[r:REPORTED_IN {start: row.start}]->(a)
SET r.end = row.end, r.sentence = row.sentence
RETURN count(*) AS applied
