"""Create the stack's database on the configured PostgreSQL if it does not exist yet.

Uses the DB_* settings (assistant.settings); the user must be allowed to create
databases (on the development machines: postgres, trust). Rasa creates the tables.
"""

from __future__ import annotations

import os
import re

import psycopg2

from assistant.settings import postgres_settings

SAFE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def ensure_database(environ=os.environ) -> str:
    settings = postgres_settings(environ)
    name = settings["db"]
    if not SAFE_NAME.match(name):
        raise SystemExit("DB_NAME must be lower-case letters, digits and underscores")
    connection = psycopg2.connect(
        host=settings["host"],
        port=settings["port"],
        user=settings["username"],
        password=settings["password"],
        dbname="postgres",
        sslmode=settings["query"]["sslmode"],
        connect_timeout=int(settings["query"]["connect_timeout"]),
    )
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
            if cursor.fetchone() is None:
                cursor.execute(f"CREATE DATABASE {name}")
    finally:
        connection.close()
    return name


if __name__ == "__main__":
    ensure_database()
