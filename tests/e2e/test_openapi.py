"""The JSON API against its description in openapi.yaml: the file is a valid OpenAPI document and
the live answers (signed in, signed out, bad input) match its schemas."""
import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar

import yaml
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate

from conftest import ROOT

SPEC = yaml.safe_load(open(os.path.join(ROOT, "openapi.yaml"), encoding="utf-8"))


def schema(name):
    return {"$ref": f"#/components/schemas/{name}", "components": SPEC["components"]}


def check(name, body):
    OAS31Validator(schema(name)).validate(body)


def signed_in_opener(base, username):
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(f"{base}/login").read().decode()
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"username": username, "password": "demo-password", "_csrf": token}).encode()
    opener.open(f"{base}/login", data=form)
    return opener


def get_json(opener, url):
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    try:
        response = opener.open(request)
        return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_the_description_is_valid_openapi():
    validate(SPEC)


def test_health_matches_the_schema(server):
    status, body = get_json(urllib.request.build_opener(), f"{server}/healthz")
    assert status == 200
    check("Health", body)


def test_indicators_match_the_schema_signed_in_and_signed_out(server):
    status, body = get_json(urllib.request.build_opener(), f"{server}/api/v1/indicators/unclaimed")
    assert status == 401
    check("Error", body)
    head = signed_in_opener(server, "head")
    status, body = get_json(head, f"{server}/api/v1/indicators/unclaimed?asOf=2026-11-23&baseline=2025-11-23")
    assert status == 200
    check("UnclaimedIndicators", body)
    assert body["asOf"] == "2026-11-23"
    status, body = get_json(head, f"{server}/api/v1/indicators/unclaimed?asOf=yesterday")
    assert status == 400
    check("Error", body)
    counter = signed_in_opener(server, "counter")
    status, body = get_json(counter, f"{server}/api/v1/indicators/unclaimed")
    assert status == 403
    check("Error", body)


def send_json(opener, url, body, headers):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers=dict({"Content-Type": "application/json", "Accept": "application/json"}, **headers))
    try:
        response = opener.open(request)
        return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_public_feedback_api_matches_the_schema(server):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
    status, body = get_json(opener, f"{server}/api/v1/feedback/form-token")
    assert status == 200
    check("FormToken", body)
    token = {"X-CSRF-Token": body["csrfToken"]}
    status, created = send_json(opener, f"{server}/api/v1/feedback",
                                {"kind": "suggestion", "service": "e-resources", "summary": "More Thai e-books please",
                                 "anonymous": True, "language": "en"}, token)
    assert status == 201
    check("FeedbackCreated", created)
    status, body = send_json(opener, f"{server}/api/v1/feedback", {"kind": "complaint", "summary": ""}, token)
    assert status == 422
    check("FeedbackProblems", body)
    status, body = send_json(urllib.request.build_opener(), f"{server}/api/v1/feedback", {"kind": "complaint", "summary": "x"}, {})
    assert status == 403
    check("Error", body)
    status, body = get_json(opener, f"{server}/api/v1/feedback/{created['reference']}")
    assert status == 200
    check("FeedbackStatus", body)
    assert body["status"] == "received"
    status, unknown = get_json(opener, f"{server}/api/v1/feedback/FB-2569-999999-0")
    assert status == 404
    check("Error", unknown)
    status, body = get_json(opener, f"{server}/api/v1/feedback/not-a-number")
    assert status == 404, "anonymous callers cannot tell a mistyped number from an unknown one"
    check("Error", body)
    assert body["reason"] == unknown["reason"]
