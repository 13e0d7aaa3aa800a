"""The ``spark-submit`` entry point: ``spark-submit spark/submit.py PATH... [--chunk-size --partitions --bulk DIR]``.

The same command as ``claimgraph spark-ingest``; the master and the cluster's
resources come from ``spark-submit`` (``--master``, ``--num-executors``...).
Every executor needs claimgraph installed (``pip install 'claimgraph[spark]'``
on the nodes, or a packed environment through ``--archives``); the article
paths are local to every node, or URIs of a store the cluster has a Hadoop
connector for (``s3a://`` with ``--packages org.apache.hadoop:hadoop-aws``).
"""
import typer

from claimgraph.api.cli.spark import spark_ingest

if __name__ == "__main__":
    typer.run(spark_ingest)
