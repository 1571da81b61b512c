"""Charts and rich displays in the kernel: `:plot` and the `plot.*` words
give a Vega-Lite bundle JupyterLab renders natively (with the Unicode chart
as the plain text), `display.*` their own MIME types."""

from __future__ import annotations

import pytest

VEGA_LITE = "application/vnd.vegalite.v5+json"
SQUARES = "list.make 1 list.push 4 list.push 9 list.push"


@pytest.fixture
def k(fresh_kernel):
    return fresh_kernel


def test_plot_gives_a_vega_lite_bundle_and_keeps_the_stack(k):
    k.execute("7")
    run = k.execute(f":plot bar {SQUARES}")
    assert run.status == "ok"
    [shown] = run.of("display_data")
    spec = shown["data"][VEGA_LITE]
    assert spec["$schema"].endswith("/vega-lite/v5.json")
    assert spec["mark"]["type"] == "bar"
    assert spec["data"]["values"] == [{"x": 0, "y": 1}, {"x": 1, "y": 4}, {"x": 2, "y": 9}]
    assert "text/html" not in shown["data"]  # JupyterLab would prefer it to the chart
    assert "█" in shown["data"]["text/plain"]
    assert k.execute(":stack").of("display_data")[0]["data"]["text/plain"].count("<- top") == 1


def test_plot_of_pairs_from_running_code(k):
    pairs = "list.make list.make 1 list.push 2.5 list.push list.push"
    run = k.execute(f"{pairs} plot.scatter 5")
    assert run.status == "ok"
    [shown] = run.of("display_data")
    assert shown["data"][VEGA_LITE]["mark"]["type"] == "point"
    assert shown["data"][VEGA_LITE]["data"]["values"] == [{"x": 1, "y": 2.5}]
    assert run.result["text/plain"] == "stack: 5"


def test_plot_of_what_is_not_numbers_is_an_error(k):
    run = k.execute(':plot list.make "a" list.push')
    assert run.status == "error"
    assert "cannot plot" in run.error["evalue"]


def test_display_words_show_html_markdown_svg_and_images(k, tmp_path):
    png = tmp_path / "dot.png"
    png.write_bytes(bytes.fromhex("89504e470d0a1a0a"))
    run = k.execute(f'"<b>hi</b>" display.html\n"# Title" display.markdown\n'
                    f'"{png}" display.image')
    data = [d["data"] for d in run.of("display_data")]
    assert data[0]["text/html"] == "<b>hi</b>"
    assert data[1]["text/markdown"] == "# Title"
    assert data[2]["image/png"] == "iVBORw0KGgo="
    assert data[2]["text/plain"] == f"[image: {png}]"


def test_a_long_load_shows_its_progress_updated_in_place(k, tmp_path):
    slow = tmp_path / "slow.seq"
    slow.write_text(": ready ( -- Int ) 1 ;\n1500 time.sleep-ms\n")
    run = k.execute(f":load {slow}")
    assert run.status == "ok"
    shown = [m for m in run.messages if m["msg_type"] in ("display_data", "update_display_data")
             and m["content"]["data"]["text/plain"].startswith("loading")]
    assert shown[0]["msg_type"] == "display_data"
    assert shown[-1]["msg_type"] == "update_display_data"
    ids = {m["content"]["transient"]["display_id"] for m in shown}
    assert len(ids) == 1  # one display, updated in place
    assert "done in" in shown[-1]["content"]["data"]["text/plain"]
