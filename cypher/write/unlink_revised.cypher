// Deletes the CONTRADICTS and CORROBORATES links of the claims whose figures
// of a metric are now all revised (a newer figure REVISES each): they were
// made from a value its source no longer gives. A claim that still states a
// current figure of that metric keeps its links. Runs after merge_revises;
// deleting what is already gone changes nothing, so a rerun is harmless.
// Returns rows applied (one per revised figure).
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
CALL {
  WITH row
  MATCH (old:Figure {id: row.id})<-[:STATES]-(c:Claim)-[link:CONTRADICTS|CORROBORATES]-(:Claim)
  WHERE link.metric = old.metric
    AND NOT EXISTS {
      MATCH (c)-[:STATES]->(current:Figure)
      WHERE current.metric = old.metric AND NOT EXISTS { (:Figure)-[:REVISES]->(current) }
    }
  WITH DISTINCT link
  DELETE link
}
RETURN count(*) AS applied
