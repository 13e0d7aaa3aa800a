// Drops the figures' metric index (setup_schema makes it again, empty: its
// statistics then say no figure until it is sampled). Returns nothing.
DROP INDEX figure_metric
