// Who said what: the actor named $actor (its name or an alias, any case), every
// claim it asserted, the articles carrying them and their outlets. Run the
// :param line first (or both at once with the multi-statement editor).
:param actor => 'Defence Ministry';

CALL db.index.fulltext.queryNodes('actor_names', '"' + replace(replace($actor, '\\', ''), '"', '') + '"')
YIELD node AS a
WHERE toLower(a.name) = toLower($actor) OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($actor))
MATCH asserted = (a)-[:ASSERTED]->(:Claim)-[:REPORTED_IN]->(art:Article)
OPTIONAL MATCH carried = (art)-[:PUBLISHED_BY|SYNDICATED_FROM]->(:Outlet)
RETURN asserted, carried;
