"""Fixtures of the fault tests (the helpers are in faultkit.py, so that this folder and tests/e2e
can be collected in one pytest run without their conftest modules shadowing each other)."""
from faultkit import smtp  # noqa: F401  (a fixture)
