// Who said what: the actor named $actor (its name or an alias, any case), the
// actors that speak for or belong to it (SPEAKS_FOR / MEMBER_OF, to 3 steps:
// its spokespeople, officials, members and anonymous sources), every claim
// each of them asserted, the articles carrying them and their outlets. Unless
// $history, only the latest article versions (latest true, or no flag), so a
// claim only replaced versions carried is not drawn. Run the :param lines
// first (or all at once with the multi-statement editor).
:param actor => 'Defence Ministry';
:param history => false;

CALL db.index.fulltext.queryNodes('actor_names', '"' + replace(replace($actor, '\\', ''), '"', '') + '"')
YIELD node AS a
WHERE toLower(a.name) = toLower($actor) OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($actor))
CALL (a) {
  RETURN a AS speaker, null AS voice
  UNION
  MATCH voice = (speaker:Actor)-[:SPEAKS_FOR|MEMBER_OF*1..3]->(a)
  WHERE speaker <> a
  RETURN speaker, voice
}
MATCH asserted = (speaker)-[:ASSERTED]->(:Claim)-[:REPORTED_IN]->(art:Article)
WHERE $history OR coalesce(art.latest, true)
OPTIONAL MATCH carried = (art)-[:PUBLISHED_BY|SYNDICATED_FROM]->(:Outlet)
RETURN voice, asserted, carried;
