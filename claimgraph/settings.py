"""Every setting in one place, read from the environment (prefix CLAIMGRAPH_)."""
from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CLAIMGRAPH_", extra="ignore")

    neo4j_uri: str | None = Field(
        default=None,
        description="bolt:// or neo4j:// URI; unset means the embedded store",
    )
    neo4j_user: str = "neo4j"
    neo4j_password: SecretStr = SecretStr("")
    neo4j_database: str = "neo4j"
    neo4j_browser_url: str | None = Field(
        default=None,
        description="Neo4j Browser's address (http://127.0.0.1:7474/browser/); the pages link to it when set",
    )
    store_path: Path = Path("var/claimgraph.graph.json")
    api_key: SecretStr | None = None
    read_requires_key: bool = False
    max_request_bytes: int = 2_000_000
    query_timeout_s: float = 10.0
    max_concurrent_requests: int = Field(
        default=8, ge=1,
        description="requests the API works on at once; the others wait their turn",
    )
    aliases: list[Path] = Field(default_factory=list)
    keep_text: bool = Field(
        default=True,
        description="keep each article's text in the graph (compressed) so reextract can read it again; "
                    "false: only where it was read is kept, and reextract needs those files",
    )

    @field_validator("neo4j_uri")
    @classmethod
    def _known_scheme(cls, uri: str | None) -> str | None:
        if not uri:
            return None
        scheme = uri.split("://", 1)[0] if "://" in uri else ""
        if scheme not in _SCHEMES:
            raise ValueError(f"CLAIMGRAPH_NEO4J_URI must start with one of {', '.join(s + '://' for s in _SCHEMES)}")
        return uri


@cache
def get_settings() -> Settings:
    return Settings()
