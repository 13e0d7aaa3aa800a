// Returns a version of the article with id $id (the id of any of its
// versions): its latest when $version is null, else version $version (no row
// when there is none), and its subgraph, as nodes (labels, properties) and edges (type, source, target,
// properties), possibly repeated (the model keeps each once):
//   the article; (article)-[:PUBLISHED_BY|SYNDICATED_FROM]->(outlet);
//   (claim)-[:REPORTED_IN]->(article); (speaker)-[:ASSERTED]->(claim);
//   (speaker)-[:SPEAKS_FOR|MEMBER_OF]->(organization); (claim)-[:STATES]->(figure);
//   (figure)-[:EXCLUDES|PART_OF]->(figure) between those figures;
//   (claim)-[:ABOUT]->(place|event|actor);
//   (claim)-[:CONTRADICTS|CORROBORATES|VARIANT_OF]-(other claim), either direction.
// Order (applied by graph.results.Subgraph): nodes by label (Article, Actor,
// Claim, Figure, Place, Event) then id; edges by id.
MATCH (named:Article {id: $id})
MATCH (art:Article {key: coalesce(named.key, named.id)})
WHERE CASE WHEN $version IS NULL THEN NOT EXISTS { (:Article)-[:PREVIOUS_VERSION]->(art) }
           ELSE coalesce(art.version, 1) = $version END
CALL (art) {
  MATCH (art)-[r:PUBLISHED_BY|SYNDICATED_FROM]->(o:Actor)
  RETURN collect(o) AS outlets, collect(r) AS outlet_edges
}
CALL (art) {
  MATCH (c:Claim)-[r:REPORTED_IN]->(art)
  RETURN collect(DISTINCT c) AS claims, collect(r) AS mention_edges
}
CALL (claims) {
  UNWIND claims AS c
  MATCH (s:Actor)-[r:ASSERTED]->(c)
  RETURN collect(DISTINCT s) AS speakers, collect(r) AS asserted_edges
}
CALL (speakers) {
  UNWIND speakers AS s
  MATCH (s)-[r:SPEAKS_FOR|MEMBER_OF]->(o:Actor)
  RETURN collect(o) AS organizations, collect(r) AS affiliation_edges
}
CALL (claims) {
  UNWIND claims AS c
  MATCH (c)-[r:STATES]->(f:Figure)
  RETURN collect(f) AS figures, collect(r) AS states_edges
}
CALL (figures) {
  UNWIND figures AS f
  MATCH (f)-[r:EXCLUDES|PART_OF]->(g:Figure)
  WHERE g IN figures
  RETURN collect(r) AS figure_edges
}
CALL (claims) {
  UNWIND claims AS c
  MATCH (c)-[r:ABOUT]->(t)
  RETURN collect(t) AS targets, collect(r) AS about_edges
}
CALL (claims) {
  UNWIND claims AS c
  MATCH (c)-[r:CONTRADICTS|CORROBORATES|VARIANT_OF]-(o:Claim)
  RETURN collect(o) AS linked, collect(r) AS link_edges
}
RETURN [n IN [art] + outlets + claims + speakers + organizations + figures + targets + linked
          | {labels: labels(n), properties: properties(n)}] AS nodes,
       [r IN outlet_edges + mention_edges + asserted_edges + affiliation_edges + states_edges
             + figure_edges + about_edges + link_edges
          | {type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}] AS edges
