// The naive baseline of cypher/write/merge_places.cypher: one statement per row
// ($row, a map), the same MERGE and SET rules. Returns 1 when applied.
WITH $row AS row
MERGE (p:Place {id: row.id})
  ON CREATE SET p.name = row.name
RETURN count(*) AS applied
