"""`:trace` and `~~` in a real kernel: the trace comes back as an HTML
table (one row per word), the probe's line in the cell's output."""

from __future__ import annotations


def test_trace_returns_an_html_table(kernel):
    assert kernel.execute(": sq ( Int -- Int ) dup i.* ;").status == "ok"
    run = kernel.execute(":trace 3 sq 1 [ 2 i.+ ] dip")
    assert run.status == "ok"
    (display,) = run.of("display_data")
    html = display["data"]["text/html"]
    assert html.count("<table") == 1
    # 3, sq, dup, i.*, 1, the quotation, dip, 2, i.+, end of dip
    assert html.count("</td></tr>") == 10
    assert "var(--jp-content-font-color1" in html and "var(--jp-layout-color2" in html
    assert "stack after" in display["data"]["text/plain"]
    stack = kernel.execute(":stack")
    assert "11" in stack.of("display_data")[0]["data"]["text/plain"]


def test_step_runs_as_a_trace_and_the_probe_prints_in_the_cell(kernel):
    run = kernel.execute(":step 1 2 i.+")
    assert run.status == "ok"
    assert "runs as :trace" in run.of("display_data")[0]["data"]["text/plain"]
    run = kernel.execute('"x" 4 ~~ drop drop')
    assert run.status == "ok"
    assert run.stdout == '~~ In[5]:1:7: 11:Int 1:Int 3:Int "x":String 4:Int\n'

