"""The JSON API under generated requests and load.

* Every response of every ``.json`` route matches its OpenAPI description
  (schemathesis when installed, and our own Hypothesis generator always);
  nothing answers 5xx.
* 50 concurrent clients for 10 s on loopback: zero errors, p95 reported.
* A pathological query is cut off by the time limit while other requests
  keep answering; oversized parameters are refused with 400.
"""

from __future__ import annotations

import asyncio
import atexit
import importlib.util
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from tests.conftest import write_sample_exhibit
from vitrina.web import app as web_app
from vitrina.web.openapi import openapi_schema

ROOT = Path(__file__).resolve().parents[1]


def _load_bench() -> Any:
    spec = importlib.util.spec_from_file_location("vitrina_bench_load", ROOT / "bench" / "load.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


bench = _load_bench()


_TMP = Path(tempfile.mkdtemp(prefix="vitrina-api-"))
atexit.register(shutil.rmtree, _TMP, True)
API_DB = write_sample_exhibit(_TMP / "sample.db")
API_APP = web_app.create_app(API_DB)
SCHEMA = openapi_schema()
ROUTE_TEMPLATES = {path for path in SCHEMA["paths"]}


# ---------------------------------------------------------------- the description itself


def test_openapi_document_is_valid_and_served() -> None:
    from jsonschema.validators import Draft202012Validator

    client = TestClient(API_APP)
    served = client.get("/openapi.json")
    assert served.status_code == 200 and served.json() == SCHEMA
    assert SCHEMA["openapi"].startswith("3.1")
    for schema in SCHEMA["components"]["schemas"].values():
        Draft202012Validator.check_schema(schema)


def test_every_json_route_of_the_app_is_described() -> None:
    app = web_app.create_app(API_DB)
    json_routes = {r.path for r in app.router.routes if getattr(r, "path", "").endswith(".json")}
    json_routes.discard("/openapi.json")
    assert json_routes == ROUTE_TEMPLATES


# ---------------------------------------------------------------- responses match the description


def _resolve(schema: Any) -> Any:
    """The schema with every ``#/components/schemas/X`` reference inlined."""
    if isinstance(schema, dict):
        if "$ref" in schema:
            return _resolve(SCHEMA["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]])
        return {k: _resolve(v) for k, v in schema.items()}
    if isinstance(schema, list):
        return [_resolve(v) for v in schema]
    return schema


def check_response(template: str, status: int, body: Any) -> None:
    responses = SCHEMA["paths"][template]["get"]["responses"]
    assert status < 500, (template, status, body)
    assert str(status) in responses, (template, status, body)
    schema = _resolve(responses[str(status)]["content"]["application/json"]["schema"])
    jsonschema.validate(body, schema)


def _fill(template: str, values: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: quote(values[m.group(1)], safe=""), template)


param_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["harbor", "voyage", "person-ada-lind", "place-porto", "1", "0", "500", "501",
                     "1921", "1921/1925", "19-83", "ship", "Who opened the museum?", "\u00b2", "-1"]),
)


@st.composite
def requests_for(draw: st.DrawFn, template: str) -> str:
    operation = SCHEMA["paths"][template]["get"]
    path_values, query = {}, []
    for param in operation["parameters"]:
        if param["in"] == "path":
            path_values[param["name"]] = draw(param_text.filter(bool))
        elif draw(st.booleans()):
            query.append(f"{param['name']}={quote(draw(param_text), safe='')}")
    return _fill(template, path_values) + ("?" + "&".join(query) if query else "")


@pytest.mark.parametrize("template", sorted(ROUTE_TEMPLATES))
def test_generated_requests_match_the_description(template: str) -> None:
    client = TestClient(API_APP, raise_server_exceptions=False)

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(requests_for(template))
    def check(url: str) -> None:
        response = client.get(url)
        check_response(template, response.status_code, response.json())

    check()


try:
    import schemathesis
except ImportError:  # the Hypothesis tests above cover the same ground
    schemathesis = None

if schemathesis is not None:
    from schemathesis.checks import (
        content_type_conformance,
        not_a_server_error,
        response_schema_conformance,
        status_code_conformance,
    )

    st_schema = schemathesis.openapi.from_asgi("/openapi.json", API_APP)

    @st_schema.parametrize()
    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    def test_schemathesis_finds_no_server_error_and_no_undescribed_response(case: Any) -> None:
        # Only what the API promises: no 5xx, documented statuses, bodies in the schema.
        # (Lenient parameters -- e.g. an empty page meaning 1 -- are intended.)
        case.call_and_validate(checks=[not_a_server_error, status_code_conformance,
                                       content_type_conformance, response_schema_conformance])


# ---------------------------------------------------------------- limits


def test_oversized_parameters_are_refused() -> None:
    client = TestClient(API_APP)
    for url in ["/search.json?q=" + "a" * 600, "/ask.json?q=" + "why " * 200,
                "/search.json?" + "&".join(f"x{i}=y" for i in range(1000))]:
        response = client.get(url)
        assert response.status_code in (400, 413, 414)
        assert response.json()["ok"] is False


def test_pathological_query_is_cut_off_and_others_still_answer(monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path) -> None:
    def endless(request: Any, kb: Any) -> Any:  # a page whose query never ends (through the store)
        kb._rows("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c")
        raise AssertionError("an endless query finished")

    monkeypatch.setattr(web_app, "ROUTES", [*web_app.ROUTES, ("/endless", endless)])
    db = write_sample_exhibit(tmp_path / "sample.db")

    async def scenario(base: str) -> tuple[list[tuple[int, float]], list[tuple[int, float]]]:
        import httpx

        async with httpx.AsyncClient(base_url=base, timeout=30) as client:
            async def timed(path: str) -> tuple[int, float]:
                started = time.monotonic()
                response = await client.get(path)
                return response.status_code, time.monotonic() - started

            heavy = [asyncio.create_task(timed("/endless.json")) for _ in range(3)]
            await asyncio.sleep(0.1)
            light = [await timed(p) for p in ["/index.json", "/search.json?q=ship", "/documents/harbor.json"]]
            return [await task for task in heavy], light

    with bench.serve_in_thread(db) as base:
        heavy, light = asyncio.run(scenario(base))
    limit = web_app.QUERY_SECONDS
    for status, seconds in heavy:
        assert status == 503 and seconds < limit + 5, (status, seconds)
    for status, seconds in light:
        assert status == 200 and seconds < limit + 3, (status, seconds)


# ---------------------------------------------------------------- load


@pytest.mark.timing
@pytest.mark.slow
def test_fifty_clients_for_ten_seconds_without_errors(tmp_path: Path) -> None:
    db = write_sample_exhibit(tmp_path / "sample.db")
    result = bench.run_load(db, clients=50, seconds=10)
    summary = result.summary()
    print("load:", summary)
    assert result.requests > 50
    assert result.errors == 0, summary["failures"]
    assert summary["p95_ms"] < 15_000  # a loose bound: the machine is shared
