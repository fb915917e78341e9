"""Deployment files follow the rules of docs/production.md (schema validation is the
`deploy-check` make target: kubernetes-validate and docker-compose config)."""

from __future__ import annotations

import re

import pytest
import yaml

from tests.domain_files import REPO_ROOT

K8S = REPO_ROOT / "deploy/k8s"
SECRET_MOUNT = "/run/secrets/assistant/"
PUBLIC_PATHS = {"/", "/socket.io/", "/webhooks/sms/webhook", "/widget/", "/vendor/socket.io.min.js",
                "/demo.css", "/webhooks/socketio/erase"}  # fmt: skip


def resources() -> list[dict]:
    found = []
    for path in sorted(K8S.glob("*.yaml")):
        found += [doc for doc in yaml.safe_load_all(path.read_text()) if doc]
    return found


def of_kind(kind: str) -> list[dict]:
    return [r for r in resources() if r["kind"] == kind]


def pod_specs() -> list[tuple[str, dict]]:
    specs = [(d["metadata"]["name"], d["spec"]["template"]["spec"]) for d in of_kind("Deployment")]
    specs += [
        (c["metadata"]["name"], c["spec"]["jobTemplate"]["spec"]["template"]["spec"])
        for c in of_kind("CronJob")
    ]
    return specs


@pytest.mark.parametrize("name,spec", pod_specs())
def test_every_pod_runs_unprivileged_with_limits(name, spec):
    assert spec["securityContext"]["runAsNonRoot"] is True
    assert spec["securityContext"]["runAsUser"] != 0
    assert spec["automountServiceAccountToken"] is False
    for container in spec["containers"]:
        assert container["securityContext"]["allowPrivilegeEscalation"] is False
        assert container["securityContext"]["capabilities"]["drop"] == ["ALL"]
        assert container["resources"]["limits"]["memory"]


@pytest.mark.parametrize("deployment", of_kind("Deployment"), ids=lambda d: d["metadata"]["name"])
def test_every_server_has_probes_and_an_autoscaler_or_replicas(deployment):
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    assert container["readinessProbe"] and container["livenessProbe"]
    assert deployment["spec"]["replicas"] >= 2


def test_rasa_is_ready_only_when_its_stores_and_actions_answer():
    rasa = next(d for d in of_kind("Deployment") if d["metadata"]["name"] == "rasa")
    probe = rasa["spec"]["template"]["spec"]["containers"][0]["readinessProbe"]
    assert probe["httpGet"]["path"] == "/webhooks/ready/"
    hpa = {h["spec"]["scaleTargetRef"]["name"]: h for h in of_kind("HorizontalPodAutoscaler")}
    assert hpa["rasa"]["spec"]["minReplicas"] >= 2


def test_every_credential_comes_from_the_secret_as_a_file():
    secret_keys = set(of_kind("Secret")[0]["stringData"])
    config = of_kind("ConfigMap")[0]["data"]
    for key, value in config.items():
        if re.search(r"PASSWORD|TOKEN|SECRET", key):
            assert key.endswith("_FILE"), f"{key} would put a credential in the environment"
            assert value.startswith(SECRET_MOUNT) and value[len(SECRET_MOUNT) :] in secret_keys
    for value in of_kind("Secret")[0]["stringData"].values():
        assert value.startswith("REPLACE"), "only placeholders are committed"


def test_ingress_routes_only_the_public_paths_with_sticky_socketio():
    ingress = of_kind("Ingress")[0]
    paths = {p["path"] for rule in ingress["spec"]["rules"] for p in rule["http"]["paths"]}
    assert paths == PUBLIC_PATHS
    annotations = ingress["metadata"]["annotations"]
    assert annotations["nginx.ingress.kubernetes.io/affinity"] == "cookie"
    assert annotations["nginx.ingress.kubernetes.io/proxy-body-size"] == "64k"


def test_purge_runs_the_privacy_module_on_a_schedule():
    cron = of_kind("CronJob")[0]
    container = cron["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]
    assert container["command"] == ["python", "-m", "assistant.privacy.purge"]
    assert cron["spec"]["concurrencyPolicy"] == "Forbid"


def test_compose_publishes_only_the_web_front_on_the_loopback():
    compose = yaml.safe_load((REPO_ROOT / "docker-compose.yml").read_text())
    published = {name: s["ports"] for name, s in compose["services"].items() if "ports" in s}
    assert published == {"web": ["127.0.0.1:8090:8080"]}
    assert compose["services"]["rasa"]["deploy"]["replicas"] >= 2
    for name, service in compose["services"].items():
        for value in (service.get("environment") or {}).values():
            assert "REPLACE" not in str(value), name


@pytest.mark.parametrize("name", ["rasa", "actions", "web"])
def test_images_run_as_a_non_root_user(name):
    dockerfile = (REPO_ROOT / f"deploy/docker/{name}.Dockerfile").read_text()
    users = re.findall(r"^USER\s+(\S+)", dockerfile, re.M)
    assert users and users[-1] not in ("0", "root")
    assert "COPY . " not in dockerfile and "tests/" not in dockerfile


def test_production_endpoints_name_classes_that_import():
    """Rasa falls back to an in-memory tracker store, with only a warning, when the class of
    a custom tracker store cannot be imported: a typo must fail here instead."""
    from rasa.shared.utils.common import class_from_module_path

    from assistant.stores.lock_store import AtomicRedisLockStore
    from assistant.stores.tracker_store import PostgresTrackerStore

    endpoints = yaml.safe_load((REPO_ROOT / "endpoints.production.yml").read_text())
    assert class_from_module_path(endpoints["tracker_store"]["type"]) is PostgresTrackerStore
    assert class_from_module_path(endpoints["lock_store"]["type"]) is AtomicRedisLockStore
    assert endpoints["action_endpoint"]["headers"]["Authorization"].startswith("Bearer ${")
