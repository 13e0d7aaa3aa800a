// Returns the claim with id $id (no row when there is none) and its paths: one
// per speaker (ASSERTED), article carrying it (REPORTED_IN), publisher
// (PUBLISHED_BY), agency (SYNDICATED_FROM) and speaker organization
// (SPEAKS_FOR/MEMBER_OF); publisher, agency and organization may be missing.
// Each path holds the nodes (labels, properties) and edges (type, source,
// target, properties), mentions being every REPORTED_IN edge from the claim to
// that article. Order (applied by graph.results.Provenance, for both stores):
// article published (nulls last), article id, the chain's actor ids, edge ids.
MATCH (c:Claim {id: $id})
CALL (c) {
  MATCH (s:Actor)-[asserted:ASSERTED]->(c)
  MATCH (c)-[:REPORTED_IN]->(art:Article)
  WITH DISTINCT s, asserted, art
  CALL (c, art) {
    MATCH (c)-[m:REPORTED_IN]->(art)
    WITH m ORDER BY m.start
    RETURN collect({type: type(m), source: c.id, target: art.id, properties: properties(m)}) AS mentions
  }
  OPTIONAL MATCH (art)-[pub:PUBLISHED_BY]->(publisher:Actor)
  OPTIONAL MATCH (art)-[syn:SYNDICATED_FROM]->(agency:Actor)
  OPTIONAL MATCH (s)-[aff:SPEAKS_FOR|MEMBER_OF]->(org:Actor)
  RETURN collect({
    article: {labels: labels(art), properties: properties(art)},
    speaker: {labels: labels(s), properties: properties(s)},
    asserted: {type: type(asserted), source: s.id, target: c.id, properties: properties(asserted)},
    mentions: mentions,
    publisher: CASE WHEN publisher IS NULL THEN null ELSE {labels: labels(publisher), properties: properties(publisher)} END,
    published_by: CASE WHEN pub IS NULL THEN null ELSE {type: type(pub), source: art.id, target: publisher.id, properties: properties(pub)} END,
    agency: CASE WHEN agency IS NULL THEN null ELSE {labels: labels(agency), properties: properties(agency)} END,
    syndicated_from: CASE WHEN syn IS NULL THEN null ELSE {type: type(syn), source: art.id, target: agency.id, properties: properties(syn)} END,
    organization: CASE WHEN org IS NULL THEN null ELSE {labels: labels(org), properties: properties(org)} END,
    affiliation: CASE WHEN aff IS NULL THEN null ELSE {type: type(aff), source: s.id, target: org.id, properties: properties(aff)} END
  }) AS paths
}
RETURN {labels: labels(c), properties: properties(c)} AS claim, paths
