// Removes every STATES edge's stated_key (found through its index), as a
// graph written before graph.stated has none. Returns stripped: how many.
MATCH ()-[s:STATES]->()
WHERE s.stated_key >= ''
REMOVE s.stated_key
RETURN count(s) AS stripped
