// Returns missing: how many keys of graph.stated the STATES edges lack (a graph
// written before stated_key or speaker_key, or imported from files that could
// not key them), both keys counted: twice the relationship count (from the
// count store) less the entries of the states_stated_key and states_speaker_key
// indexes, so no edge's properties are read.
CALL () {
  MATCH ()-[s:STATES]->()
  WHERE s.stated_key >= ''
  RETURN count(s) AS by_metric
}
CALL () {
  MATCH ()-[s:STATES]->()
  WHERE s.speaker_key >= ''
  RETURN count(s) AS by_speaker
}
RETURN 2 * COUNT { ()-[:STATES]->() } - by_metric - by_speaker AS missing
