// (Article)-[:HAS_TEXT]->(ArticleText {id, text_z, outlet, syndicated_from}):
// the version's text, compressed, and the outlet and agency as the input
// named them, under the article version's id. Returns rows applied (a row
// whose article is missing applies nothing).
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
MERGE (t:ArticleText {id: row.id})
SET t.text_z = row.text_z, t.outlet = row.outlet, t.syndicated_from = row.syndicated_from
MERGE (a)-[:HAS_TEXT]->(t)
RETURN count(*) AS applied
