// Returns missing: how many keys of graph.stated the STATES edges lack (a graph
// written before stated_key, speaker_key or place_key, or imported from files
// that could not key them), the three keys counted: three times the
// relationship count (from the count store) less the entries of the
// states_stated_key, states_speaker_key and states_place_key indexes, so no
// edge's properties are read.
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
CALL () {
  MATCH ()-[s:STATES]->()
  WHERE s.place_key >= ''
  RETURN count(s) AS by_place
}
RETURN 3 * COUNT { ()-[:STATES]->() } - by_metric - by_speaker - by_place AS missing
