// Provenance of a claim: the first claim whose text holds the phrase $claim,
// its speaker, the speaker's organization, the articles carrying it and their
// publishing outlets and wire agencies. Run the :param line first.
:param claim => 'militants were killed';

CALL db.index.fulltext.queryNodes('claim_text', '"' + replace(replace($claim, '\\', ''), '"', '') + '"')
YIELD node AS c
WITH c ORDER BY c.id LIMIT 1
MATCH said = (s:Actor)-[:ASSERTED]->(c)-[:REPORTED_IN]->(art:Article)
OPTIONAL MATCH carried = (art)-[:PUBLISHED_BY|SYNDICATED_FROM]->(:Outlet)
OPTIONAL MATCH speaks = (s)-[:SPEAKS_FOR|MEMBER_OF]->(:Actor)
RETURN said, carried, speaks;
