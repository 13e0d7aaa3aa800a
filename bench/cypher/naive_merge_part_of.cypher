// The naive baseline of cypher/write/merge_part_of.cypher: one statement per row
// ($row, a map), the same MERGE and SET rules. Returns 1 when applied.
WITH $row AS row
MATCH (a:Figure {id: row.from_id})
MATCH (b:Figure {id: row.to_id})
MERGE (a)-[r:PART_OF]->(b)
  ON CREATE SET r.reason = row.reason, r.article = row.article_id
RETURN count(*) AS applied
