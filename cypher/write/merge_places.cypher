// Merges Place nodes by id, with name_key, the name lowered, that the figures
// table at a place seeks a Place by (index place_name_key). Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
  ON CREATE SET p.name = row.name, p.name_key = toLower(row.name)
RETURN count(*) AS applied
