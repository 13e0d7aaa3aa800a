// Sets the properties and kind labels of the actors $actors (ids) from the
// records of the readings that still hold them (their NAMES edges), joined as
// merge_actors joins them: what a clean ingest of those articles gives. Run
// after a dropped reading's edges went; an actor no reading records any more
// keeps what it has (drop_orphans deletes it when nothing holds it). Returns
// how many actors were set.
UNWIND $actors AS id
MATCH (a:Actor {id: id})
CALL (a) {
  MATCH (:Article)-[n:NAMES]->(a)
  WHERE n.kind IS NOT NULL
  RETURN min(n.name) AS name, collect(DISTINCT n.kind) AS kinds, collect(n.aliases) AS aliases,
         true IN collect(n.anonymous) AS anonymous, min(n.role) AS role,
         collect(DISTINCT n.outlet_kind) AS outlet_kinds
}
WITH a, name, kinds, aliases, anonymous, role, outlet_kinds
WHERE size(kinds) > 0
WITH a, name, kinds, anonymous, role, outlet_kinds,
     COLLECT { UNWIND aliases AS list UNWIND list AS x RETURN DISTINCT x ORDER BY x } AS aliases
REMOVE a:Person:Organization:Group:Outlet
SET a.name = name,
    a.kind = head([k IN ['outlet', 'organization', 'group', 'person'] WHERE k IN kinds]),
    a.aliases = aliases,
    a.anonymous = anonymous,
    a.role = role,
    a.outlet_kind = CASE WHEN 'agency' IN outlet_kinds THEN 'agency'
                         WHEN 'outlet' IN outlet_kinds THEN 'outlet' END,
    a.search_names = reduce(s = name, x IN aliases | s + ' | ' + x)
FOREACH (_ IN CASE WHEN 'person' IN kinds THEN [1] ELSE [] END | SET a:Person)
FOREACH (_ IN CASE WHEN 'organization' IN kinds THEN [1] ELSE [] END | SET a:Organization)
FOREACH (_ IN CASE WHEN 'group' IN kinds THEN [1] ELSE [] END | SET a:Group)
FOREACH (_ IN CASE WHEN 'outlet' IN kinds THEN [1] ELSE [] END | SET a:Outlet)
RETURN count(a) AS actors
