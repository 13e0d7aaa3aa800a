// (Claim)-[:VARIANT_OF {terms, reason}]->(Claim): the same thing named
// differently by two sources. Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MATCH (a:Claim {id: row.a_id})
MATCH (b:Claim {id: row.b_id})
MERGE (a)-[r:VARIANT_OF]->(b)
  ON CREATE SET r.terms = row.terms, r.reason = row.reason
RETURN count(*) AS applied
