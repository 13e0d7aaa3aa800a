// Removes every ASSERTED edge's voice_key (found through its index), as a
// graph written before graph.voice has none. Returns stripped: how many.
MATCH ()-[r:ASSERTED]->()
WHERE r.voice_key >= ''
REMOVE r.voice_key
RETURN count(r) AS stripped
