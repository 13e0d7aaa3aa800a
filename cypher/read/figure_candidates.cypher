// Returns every stored figure that counts one of the given incidents, with
// the claim that states it, that claim's speaker, the date it was said, the
// incident, whether a newer figure revises it, and the COUNTS edge's share and
// span (article, start, end): the candidates linking
// compares new figures against. chain_root is the organization the speaker
// speaks for or belongs to (the independent origin of the claim), else the
// speaker itself.
UNWIND $incidents AS incident_id
MATCH (i:Incident {id: incident_id})<-[cnt:COUNTS]-(f:Figure)<-[:STATES]-(c:Claim)<-[said:ASSERTED]-(s:Actor)
OPTIONAL MATCH (s)-[:SPEAKS_FOR|MEMBER_OF]->(org:Actor)
WITH i, cnt, f, c, s, said, min(org.id) AS org_id
RETURN c.id AS claim_id, c.text AS claim_text, s.id AS speaker_id,
       coalesce(org_id, s.id) AS chain_root, said.date AS claim_date, properties(f) AS figure,
       i.id AS incident_id, EXISTS { (:Figure)-[:REVISES]->(f) } AS superseded, cnt.share AS share,
       cnt.article AS article_id, cnt.start AS start, cnt.end AS end
ORDER BY c.id, f.id, s.id
