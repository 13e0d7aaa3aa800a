# The claimgraph API (used by docker-compose.yml beside the official Neo4j image).
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY claimgraph claimgraph
COPY api api
COPY graph graph
COPY ingest ingest
COPY cypher cypher
COPY spark spark
COPY samples samples
RUN pip install --no-cache-dir . && useradd --create-home claimgraph
USER claimgraph
EXPOSE 8000
# 0.0.0.0 inside the container only; compose publishes the port on 127.0.0.1.
CMD ["claimgraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
