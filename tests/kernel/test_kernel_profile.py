"""`:profile`, `:time` and `:timeit` in a real kernel: the profile comes as
an HTML table drawn with JupyterLab's theme variables (light and dark)."""

from __future__ import annotations

import re

FIB = ": fib ( Int -- Int ) dup 2 < if else dup 1 - fib swap 2 - fib + then ;"


def displayed(run) -> list[dict]:
    return [m["data"] for m in run.of("display_data")]


def test_profile_is_an_html_table(kernel):
    assert kernel.execute(FIB).status == "ok"
    run = kernel.execute(":profile 20 fib")
    assert run.status == "ok"
    (data,) = displayed(run)
    html = data["text/html"]
    assert '<table class="seq-table seq-profile"' in html and "<th" in html
    row = re.search(r"<tr[^>]*><td[^>]*>(\d+)</td>(?:<td[^>]*>[^<]*</td>){3}<td[^>]*>fib</td>",
                    html)
    assert row and row[1] == "21891"
    # Theme colours, not fixed ones: readable on light and dark backgrounds.
    for variable in ("--jp-content-font-color1", "--jp-layout-color2", "--jp-border-color2"):
        assert f"var({variable}" in html
    assert "21891" in data["text/plain"] and "fib" in data["text/plain"]


def test_time_and_timeit_in_a_notebook(kernel):
    assert kernel.execute(FIB).status == "ok"
    run = kernel.execute(":time 15 fib")
    assert run.status == "ok"
    assert re.search(r"compile .* \+ run ", displayed(run)[0]["text/plain"])
    run = kernel.execute(":timeit 5 fib drop")
    assert run.status == "ok"
    assert "per loop" in displayed(run)[0]["text/plain"]
