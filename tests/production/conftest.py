"""Real PostgreSQL (127.0.0.1:5432, trust) and Redis (127.0.0.1:6379) of the machine; each test
uses its own database or key prefix and cleans up."""

from __future__ import annotations

import uuid

import pytest


@pytest.fixture
def postgres_db(monkeypatch):
    import psycopg2

    name = f"production_test_{uuid.uuid4().hex[:10]}"
    admin = psycopg2.connect(host="127.0.0.1", port=5432, user="postgres", dbname="postgres")
    admin.autocommit = True
    admin.cursor().execute(f"CREATE DATABASE {name}")
    for key, value in {
        "DB_HOST": "127.0.0.1",
        "DB_PORT": "5432",
        "DB_NAME": name,
        "DB_USER": "postgres",
        "DB_SSLMODE": "disable",
        "DB_CONNECT_TIMEOUT": "2",
    }.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("DB_PASSWORD", raising=False)
    monkeypatch.delenv("DB_PASSWORD_FILE", raising=False)
    yield name
    admin.cursor().execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.close()


@pytest.fixture
def redis_client():
    import redis

    client = redis.Redis(host="127.0.0.1", port=6379, db=14)
    prefix = f"production-test-{uuid.uuid4().hex[:8]}"
    yield client, prefix
    for key in client.scan_iter(f"{prefix}*"):
        client.delete(key)
    client.close()
