// Removes every STATES edge's speaker_key (found through its index), as a
// graph written before it has none. Returns stripped: how many.
MATCH ()-[s:STATES]->()
WHERE s.speaker_key >= ''
REMOVE s.speaker_key
RETURN count(s) AS stripped
