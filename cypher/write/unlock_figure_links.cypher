// Deletes the node lock_figure_links made (the lock itself is released when
// the transaction ends); returns nothing.
MATCH (lock:IngestLock {id: 'figure-links'})
DELETE lock
