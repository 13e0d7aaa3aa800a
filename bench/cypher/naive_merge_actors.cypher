// The naive baseline of cypher/write/merge_actors.cypher: one statement per row
// ($row, a map), the same MERGE and SET rules. Returns 1 when applied.
WITH $row AS row
MERGE (a:Actor {id: row.id})
  ON CREATE SET a.name = row.name, a.kind = row.kind, a.role = row.role
SET a.aliases = reduce(acc = coalesce(a.aliases, []), x IN row.aliases |
                  CASE WHEN x IN acc THEN acc ELSE acc + x END),
    a.anonymous = coalesce(a.anonymous, false) OR row.anonymous,
    a.role = coalesce(a.role, row.role),
    a.kind = CASE WHEN row.kind = 'outlet' THEN 'outlet' ELSE a.kind END,
    a.outlet_kind = CASE
      WHEN a.outlet_kind = 'agency' OR row.outlet_kind = 'agency' THEN 'agency'
      ELSE coalesce(a.outlet_kind, row.outlet_kind) END
SET a.search_names = reduce(s = a.name, x IN a.aliases | s + ' | ' + x)
FOREACH (_ IN CASE WHEN row.kind = 'person' THEN [1] ELSE [] END | SET a:Person)
FOREACH (_ IN CASE WHEN row.kind = 'organization' THEN [1] ELSE [] END | SET a:Organization)
FOREACH (_ IN CASE WHEN row.kind = 'group' THEN [1] ELSE [] END | SET a:Group)
FOREACH (_ IN CASE WHEN row.kind = 'outlet' THEN [1] ELSE [] END | SET a:Outlet)
RETURN count(*) AS applied
