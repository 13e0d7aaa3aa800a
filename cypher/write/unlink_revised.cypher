// Deletes the CONTRADICTS and CORROBORATES links of the claims whose figures
// of a metric are now all revised (a newer figure REVISES each): they were
// made from a value its source no longer gives. A claim that still states a
// current figure of that metric keeps its links. Runs after merge_revises;
// deleting what is already gone changes nothing, so a rerun is harmless.
// Returns rows applied (one per revised figure). The current figures are
// reached from their claim with no label named (STATES ends at a Figure):
// with the label, a plan made while the figure index's statistics still say
// empty reads the whole index for every row, and replan=skip keeps it.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
CALL {
  WITH row
  MATCH (old:Figure {id: row.id})<-[:STATES]-(c:Claim)-[link:CONTRADICTS|CORROBORATES]-(:Claim)
  WHERE link.metric = old.metric
    AND NOT EXISTS {
      MATCH (c)-[:STATES]->(current)
      WHERE current.metric = old.metric AND NOT EXISTS { (:Figure)-[:REVISES]->(current) }
    }
  WITH DISTINCT link
  DELETE link
}
RETURN count(*) AS applied
