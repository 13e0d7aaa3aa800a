// Returns every stored figure of the given metrics with the claim that states
// it, that claim's speaker and the date it was said: the candidates linking compares new figures
// against. chain_root is the organization the speaker speaks for or belongs
// to (the independent origin of the claim), else the speaker itself.
UNWIND $metrics AS metric
MATCH (f:Figure {metric: metric})<-[:STATES]-(c:Claim)<-[said:ASSERTED]-(s:Actor)
OPTIONAL MATCH (s)-[:SPEAKS_FOR|MEMBER_OF]->(org:Actor)
WITH f, c, s, said, min(org.id) AS org_id
RETURN c.id AS claim_id, c.text AS claim_text, s.id AS speaker_id,
       coalesce(org_id, s.id) AS chain_root, said.date AS claim_date, properties(f) AS figure
ORDER BY c.id, f.id, s.id
