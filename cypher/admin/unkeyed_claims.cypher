// Returns ids: the claims with a STATES edge that lacks stated_key,
// speaker_key or place_key, each once, for merge_stated_keys to key (the one Cypher form of
// the keys). Reads every STATES edge: run only when stated_keys_missing counts some.
MATCH (c:Claim)-[s:STATES]->(:Figure)
WHERE s.stated_key IS NULL OR s.speaker_key IS NULL OR s.place_key IS NULL
RETURN collect(DISTINCT c.id) AS ids
