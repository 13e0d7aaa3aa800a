// Merges Event nodes by id. Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
  ON CREATE SET e.name = row.name, e.date = row.date
RETURN count(*) AS applied
