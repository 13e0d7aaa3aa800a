// Returns voices: the id of actor $id and of the actors that SPEAKS_FOR or are a MEMBER_OF
// it, followed inward to $depth steps (at most 3; graph.voice), each once; an empty list
// when there is no such actor. The incident list's filter by reads them.
OPTIONAL MATCH (by:Actor {id: $id})
OPTIONAL MATCH p = (m:Actor)-[:SPEAKS_FOR|MEMBER_OF*1..3]->(by)
WHERE m <> by AND length(p) <= $depth
WITH by, collect(DISTINCT m.id) AS members
RETURN [x IN [by.id] + members WHERE x IS NOT NULL] AS voices
