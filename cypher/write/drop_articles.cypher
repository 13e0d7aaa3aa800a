// Deletes the article versions $articles, their kept texts and every edge
// left on them (PREVIOUS_VERSION). Returns how many versions went.
UNWIND $articles AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[:HAS_TEXT]->(t:ArticleText)
DETACH DELETE a, t
RETURN count(DISTINCT id) AS articles
