// Returns the article version with id $id as reextract reads it again: its
// properties, the version it replaced (previous_id) and its kept text (text:
// the ArticleText's properties, null when the text was not kept); no row
// when there is none.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:PREVIOUS_VERSION]->(p:Article)
OPTIONAL MATCH (a)-[:HAS_TEXT]->(t:ArticleText)
RETURN properties(a) AS article, p.id AS previous_id, properties(t) AS text
