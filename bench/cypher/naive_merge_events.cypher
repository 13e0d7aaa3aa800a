// The naive baseline of cypher/write/merge_events.cypher: one statement per row
// ($row, a map), the same MERGE and SET rules. Returns 1 when applied.
WITH $row AS row
MERGE (e:Event {id: row.id})
  ON CREATE SET e.name = row.name, e.date = row.date
RETURN count(*) AS applied
