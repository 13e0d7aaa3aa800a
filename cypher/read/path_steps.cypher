// Returns one row a node the path search (graph.path_search) may step on from its
// frontier: there (its element id), weight (an actor's relationships of the attribution
// types, what expanding it reads; 1 for a claim or an article, of a few) and ways: [here, edge] (element ids) for each relationship from the frontier to it.
// $frontier: the nodes left by every relationship of the attribution types, either way;
// $leaving: the exits of the bounded ends on the frontier, by element id (such an end is
// left by them alone, so its other relationships are never read: docs/benchmarks.md, "A
// path search that reads a heavy end through its index: the twenty-sixth round"). $near:
// nodes the search has seen at this level or the one before, left out (no step to them is
// on a shortest path it has not found).
// A node stepped on is one the path may pass through: an end ($ends), an actor of at most
// $max_degree relationships of those types (graph.results.MAX_PATH_DEGREE: a super-node
// would join everything), a claim that not only replaced article versions report and an
// article that is no replaced version (unless $history); a step to a bounded end ($exits:
// the exits of each, by its element id) is one of its exits. Each node is tested once,
// whatever the number of ways to it.
// One CASE, not ORs: the planner turns ORs into a conjunction whose every part it tests
// on every node, the actor degree count included.
CALL () {
  UNWIND $frontier AS here_ref
  MATCH (here)-[r:ASSERTED|REPORTED_IN|PUBLISHED_BY|SYNDICATED_FROM|SPEAKS_FOR|MEMBER_OF]-(there)
  WHERE elementId(here) = here_ref
  RETURN here, r, there
  UNION ALL
  UNWIND $leaving AS exit_ref
  MATCH (here)-[r]->(there)
  WHERE elementId(r) = exit_ref
  RETURN here, r, there
}
WITH here, r, there, elementId(there) AS there_ref
WHERE NOT there_ref IN $near
  AND CASE WHEN there_ref IN keys($exits) THEN elementId(r) IN $exits[there_ref] ELSE true END
WITH there, there_ref, collect([elementId(here), elementId(r)]) AS ways
WITH there, there_ref, ways, CASE
       WHEN there:Actor THEN COUNT { (there)-[:ASSERTED|REPORTED_IN|PUBLISHED_BY|SYNDICATED_FROM|SPEAKS_FOR|MEMBER_OF]-() }
       WHEN there:Claim THEN $mean.claim
       ELSE $mean.article END AS weight
WHERE CASE
    WHEN there_ref IN $ends THEN true
    WHEN there:Actor THEN weight <= $max_degree
    WHEN there:Claim THEN $history OR NOT EXISTS { (there)-[:REPORTED_IN]->(:Article {latest: false}) }
                          OR EXISTS { (there)-[:REPORTED_IN]->(:Article {latest: true}) }
    ELSE $history OR (there:Article AND coalesce(there.latest, true))
  END
RETURN there_ref AS there, weight, ways
