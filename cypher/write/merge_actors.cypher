// Merges Actor nodes by id, joining each row (what one reading gave the
// actor) to what the node holds, as graph/actor_readings.py joins records:
// the least name and role, the first kind in the order outlet, organization,
// group, person (the labels of every kind), the sorted union of aliases, any
// reading's anonymous, agency over outlet. Writes commute and repeat without
// change. Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
  ON CREATE SET a.name = row.name, a.kind = row.kind, a.aliases = [], a.anonymous = false
WITH a, row, {outlet: 0, organization: 1, group: 2, person: 3} AS rank
SET a.name = CASE WHEN row.name < a.name THEN row.name ELSE a.name END,
    a.kind = CASE WHEN rank[row.kind] < rank[a.kind] THEN row.kind ELSE a.kind END,
    a.aliases = COLLECT { UNWIND a.aliases + row.aliases AS x RETURN DISTINCT x ORDER BY x },
    a.anonymous = a.anonymous OR row.anonymous,
    a.role = CASE WHEN a.role IS NULL OR row.role < a.role THEN coalesce(row.role, a.role) ELSE a.role END,
    a.outlet_kind = CASE
      WHEN a.outlet_kind = 'agency' OR row.outlet_kind = 'agency' THEN 'agency'
      ELSE coalesce(a.outlet_kind, row.outlet_kind) END
SET a.search_names = reduce(s = a.name, x IN a.aliases | s + ' | ' + x)
FOREACH (_ IN CASE WHEN row.kind = 'person' THEN [1] ELSE [] END | SET a:Person)
FOREACH (_ IN CASE WHEN row.kind = 'organization' THEN [1] ELSE [] END | SET a:Organization)
FOREACH (_ IN CASE WHEN row.kind = 'group' THEN [1] ELSE [] END | SET a:Group)
FOREACH (_ IN CASE WHEN row.kind = 'outlet' THEN [1] ELSE [] END | SET a:Outlet)
RETURN count(*) AS applied
