// Sets stated_key (graph.stated.stated_key) on the STATES edges of the claims
// $rows name: the figure's metric, the claim's stated_on (its earliest ASSERTED
// date, else its first_seen; '~' for none), the figure id, the claim id, the
// order of the figures table. Runs last in a write, after the claims, their
// ASSERTED and STATES edges: a new figure, a new speaker's date (earlier than
// the others, or the first date where only first_seen stood) and a first_seen
// moved back each change it. An edge whose key is already right
// is not written (a claim read again stays as it was). Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MATCH (c:Claim {id: row.claim_id})
CALL (c) {
  // Most claims state no figure: their STATES degree says so before their speakers are read.
  WITH c WHERE COUNT { (c)-[:STATES]->() } > 0
  OPTIONAL MATCH (:Actor)-[r:ASSERTED]->(c)
  WITH c, min(r.date) AS asserted_on
  WITH c, coalesce(asserted_on, c.first_seen) AS stated_on
  MATCH (c)-[s:STATES]->(f:Figure)
  WITH s, f.metric + ' ' + coalesce(toString(stated_on), '~') + ' ' + f.id + ' ' + c.id AS key
  WHERE s.stated_key IS NULL OR s.stated_key <> key
  SET s.stated_key = key
}
RETURN count(*) AS applied
