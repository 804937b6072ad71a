"""Where the answers live: SQLite by default, PostgreSQL when a URL is set.

- ``DRIVERLAB_DATABASE_URL`` (e.g. ``postgresql+psycopg://user@host/db``): use that
  database. Without it, one SQLite file: ``DRIVERLAB_DATA_DIR`` (default ``data/`` in
  the project folder) / ``driverlab.sqlite3``.
- SQLite runs in WAL mode (readers and the writer never wait for each other), with a
  30 s busy timeout and ``BEGIN IMMEDIATE`` for writing transactions, so many sessions
  writing at once queue instead of failing; ``synchronous=FULL`` so a committed answer survives a
  crash of the server.
- The schema is created and upgraded by Alembic migrations (``collect/migrations``)
  the first time a process opens the database.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

ROOT = Path(__file__).resolve().parents[1]
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
ENV_URL = "DRIVERLAB_DATABASE_URL"
ENV_DIR = "DRIVERLAB_DATA_DIR"
FILE_NAME = "driverlab.sqlite3"

_lock = threading.Lock()
_engines: dict[str, Engine] = {}
_makers: dict[tuple[str, bool], sessionmaker] = {}
WRITE = "driverlab_write"


def data_dir() -> Path:
    return Path(os.environ.get(ENV_DIR) or ROOT / "data")


def database_url() -> str:
    url = os.environ.get(ENV_URL, "").strip()
    if url:
        return url
    return f"sqlite:///{data_dir() / FILE_NAME}"


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # the driver must not open transactions by itself: we send BEGIN IMMEDIATE below
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        # a writing transaction takes the write lock at its start (no deadlock when two
        # readers both want to write); reading ones never wait for writers (WAL)
        write = connection.get_execution_options().get(WRITE)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(url: str | None = None) -> Engine:
    url = url or database_url()
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        _sqlite_pragmas(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (creates it on an empty database)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.execution_options(**{WRITE: True}).connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()


def engine_for(url: str | None = None) -> Engine:
    """One migrated engine per database URL and process."""
    url = url or database_url()
    with _lock:
        if url not in _engines:
            engine = make_engine(url)
            migrate(engine)
            _engines[url] = engine
            _makers[url, False] = sessionmaker(engine, expire_on_commit=False)
            writer = engine.execution_options(**{WRITE: True})
            _makers[url, True] = sessionmaker(writer, expire_on_commit=False)
        return _engines[url]


def session(url: str | None = None, *, write: bool = False) -> Session:
    """A session on the database; ``write=True`` for one that will write."""
    url = url or database_url()
    engine_for(url)
    return _makers[url, write]()


def dispose() -> None:
    """Close every pooled connection (tests, and before the process forks)."""
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()
        _makers.clear()
