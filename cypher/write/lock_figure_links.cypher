// Takes the figure-links lock, held until the transaction ends; returns nothing.
// An ingest that links new figures against the stored ones takes it before it
// reads them, so two processes ingesting at once link and write one after the
// other and neither misses the figures the other wrote. The lock is the
// uniqueness-constraint entry of a node that unlock_figure_links deletes
// before the commit: a second MERGE waits on that entry, and nothing stays in
// the graph.
MERGE (:IngestLock {id: 'figure-links'})
