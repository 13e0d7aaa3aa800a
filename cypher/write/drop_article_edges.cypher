// Deletes the edges the reading of the article versions $articles made on
// them (mentions, incident reports, publisher and agency, actors named), the
// COUNTS edges first read in them of the figures of claims other articles
// also report (with the incident the figure names), and the affiliations of
// the actors $actors first read in them. The articles, their texts and their
// PREVIOUS_VERSION edges stay. Returns how many edges went.
CALL () {
  MATCH (a:Article)
  WHERE a.id IN $articles
  MATCH (a)<-[:REPORTED_IN]-(:Claim)-[:STATES]->(f:Figure)-[r:COUNTS]->(:Incident)
  WHERE r.article IN $articles
  DELETE r
  SET f.incident = null, f.incident_label = null
  RETURN count(r) AS counts
}
CALL () {
  MATCH (a:Article)
  WHERE a.id IN $articles
  MATCH (a)-[r:REPORTED_IN|REPORTS|PUBLISHED_BY|SYNDICATED_FROM|NAMES]-()
  DELETE r
  RETURN count(r) AS mentions
}
CALL () {
  UNWIND $actors AS id
  MATCH (:Actor {id: id})-[r:SPEAKS_FOR|MEMBER_OF]->(:Actor)
  WHERE r.article IN $articles
  DELETE r
  RETURN count(r) AS affiliations
}
RETURN counts + mentions + affiliations AS edges
