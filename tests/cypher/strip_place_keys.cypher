// Removes every STATES edge's place_key (found through its index), as a
// graph written before it has none. Returns stripped: how many.
MATCH ()-[s:STATES]->()
WHERE s.place_key >= ''
REMOVE s.place_key
RETURN count(s) AS stripped
