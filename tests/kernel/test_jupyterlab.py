"""Seq in a real JupyterLab, in Debian's Chromium driven by Playwright: a
Seq notebook highlights a definition as it is typed (the Pygments lexer's
token classes, from the prebuilt extension in seqkernel/lab-extension),
runs it, completes a word showing its kind and stack effect, and shows the
stack table readably in the light and the dark theme (WCAG contrast from
the computed styles). The screenshots are kept in the test's tmp_path.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from pygments.token import STANDARD_TYPES, Text, Whitespace

from seqjit.shell.highlight import SeqLexer

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
START_TIMEOUT = 180  # seconds for JupyterLab to answer, on a loaded machine
WAIT_MS = 120_000  # any one thing to appear in the page

pytestmark = pytest.mark.slow

if not CHROMIUM.exists():
    pytest.skip("no Chromium at /usr/bin/chromium (`make test` installs Debian's package when "
                "run as root): the JupyterLab browser test is skipped", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")

DEFINITION = ": squared ( Int -- Int ) dup i.* ;  # n times n"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(jupyter_env):
    """A JupyterLab server of the project's venv, seeing the kernelspec and the
    extension `python -m seqkernel install --prefix` put in jupyter_env; its
    config, settings and workspaces in temporary directories."""
    root = jupyter_env / "lab"
    (root / "notebooks").mkdir(parents=True)
    config = root / "config"
    (config / "labconfig").mkdir(parents=True)
    # No "news from Jupyter?" toast over the notebook.
    (config / "labconfig" / "page_config.json").write_text(json.dumps(
        {"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True}}))
    port, token = _free_port(), secrets.token_hex(16)
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(config)}
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root / 'notebooks'}",
         "--allow-root", "--LabApp.expose_app_in_browser=True",
         # Nothing from the network: no news, no extension index, no update check.
         "--LabApp.news_url=None", "--LabApp.extension_manager=readonly",
         "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
         f"--LabApp.user_settings_dir={root / 'settings'}",
         f"--LabApp.workspaces_dir={root / 'workspaces'}"],
        env=env, stdout=subprocess.DEVNULL, stderr=open(root / "server.log", "wb"))
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        try:
            urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=5)
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail("JupyterLab did not start:\n"
                            + (root / "server.log").read_text()[-3000:])
            time.sleep(0.5)
    yield f"{url}/lab?token={token}", root / "notebooks"
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=30)


@pytest.fixture(scope="module")
def page(lab):
    url, _ = lab
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        page.set_default_timeout(WAIT_MS)
        page.goto(url, timeout=WAIT_MS)
        page.wait_for_function("() => window.jupyterapp !== undefined", timeout=WAIT_MS)
        page.evaluate("() => window.jupyterapp.restored")
        yield page
        browser.close()


def pygments_classes(code: str) -> list[tuple[str, str]]:
    """(text, class) of each token the Pygments lexer colours, as the
    extension names them (`seq-` and Pygments' short class); neighbours of
    one class are one span in the editor, so they are joined here too."""
    out: list[tuple[str, str]] = []
    joined = False  # the last token is right before this one
    for kind, value in SeqLexer().get_tokens(code):
        if kind in (Text, Whitespace) or not value.strip():
            joined = False
            continue
        cls = f"seq-{STANDARD_TYPES[kind]}"
        if joined and out[-1][1] == cls:
            out[-1] = (out[-1][0] + value, cls)
        else:
            out.append((value, cls))
        joined = True
    return out


EDITOR_TOKENS = """(line) => [...line.querySelectorAll('span')]
    .map(span => [span.textContent, [...span.classList].find(c => c.startsWith('seq-'))])
    .filter(([text, cls]) => cls !== undefined)"""

# WCAG 2 contrast of each piece of text in an output against the background it is
# drawn on (the first ancestor with an opaque background).
CONTRASTS = """(output) => {
  const rgb = (s) => s.match(/[\\d.]+/g).map(Number);
  const lum = ([r, g, b]) => {
    const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length < 4 || c[3] > 0.9) return c;
    }
    return [255, 255, 255];
  };
  const out = [];
  for (const el of [output, ...output.querySelectorAll('*')]) {
    if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    const fg = rgb(getComputedStyle(el).color), bg = background(el);
    const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    out.push([el.textContent.trim(), (hi + 0.05) / (lo + 0.05)]);
  }
  return out;
}"""


def _cell_editor(page, index: int):
    return page.locator(".jp-NotebookPanel:visible .jp-Cell").nth(index).locator(".cm-content")


def _check_table(page, shot: Path, theme: str) -> None:
    table = page.locator(".jp-NotebookPanel:visible .jp-OutputArea-output table.seq-table").last
    table.wait_for(timeout=WAIT_MS)
    page.screenshot(path=str(shot))
    contrasts = _readable(table, shot, theme)
    assert {"9", "Int", '"nine"', "String"} <= {text for text, _ in contrasts}, contrasts


def _readable(output, shot: Path, theme: str) -> list[tuple[str, float]]:
    """Each text's contrast in `output`, all at least WCAG AA's 4.5."""
    contrasts = output.evaluate(CONTRASTS)
    low = [(text, round(ratio, 2)) for text, ratio in contrasts if ratio < 4.5]
    assert not low, f"text below WCAG AA contrast in the {theme} theme: {low} (see {shot})"
    return contrasts


def test_a_seq_notebook_in_jupyterlab(page, tmp_path) -> None:
    # A Seq notebook: the kernel's language_info names the editor's language.
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:create-new', "
                  "{kernelName: 'seq'})")
    page.wait_for_function(
        """async () => {
             const panel = window.jupyterapp.shell.currentWidget;
             if (!panel || !panel.sessionContext) return false;
             await panel.sessionContext.ready;
             return panel.content.codeMimetype === 'text/x-seq';
           }""", timeout=WAIT_MS)

    # Highlighted as it is typed, with the Pygments lexer's token classes.
    editor = _cell_editor(page, 0)
    editor.click()
    page.keyboard.type(DEFINITION)
    line = editor.locator(".cm-line").first
    expected = pygments_classes(DEFINITION)
    page.wait_for_function(f"(line) => ({EDITOR_TOKENS})(line).length >= {len(expected)}",
                           arg=line.element_handle(), timeout=WAIT_MS)
    assert [tuple(t) for t in line.evaluate(EDITOR_TOKENS)] == expected
    # ... and coloured by the theme: a keyword is not the colour of plain text.
    colours = line.evaluate("""(line) => ['seq-k', 'seq-nb', 'seq-n'].map(c =>
        [...line.querySelectorAll('span.' + c)].map(s => getComputedStyle(s).color)[0])""")
    assert colours[0] != colours[2] or colours[0] is None

    # Run it, then complete a word: its stack effect beside it, its kind on the right.
    page.keyboard.press("Shift+Enter")
    page.locator(".jp-NotebookPanel:visible .jp-InputPrompt", has_text="[1]").wait_for()
    second = _cell_editor(page, 1)
    second.click()
    page.keyboard.type("3 squ")
    page.keyboard.press("Tab")
    items = page.locator(".jp-Completer-item")
    items.first.wait_for(timeout=WAIT_MS)
    shown = {" ".join(item.locator(".jp-Completer-match").inner_text().split()):
             item.locator(".jp-Completer-typeExtended").inner_text()
             for item in items.all()}
    assert shown == {"squared ( Int -- Int )": "user word",
                     "square ( Int -- Int )": "std (needs include std:imath)"}, shown
    items.filter(has_text="squared").click()  # take it
    page.keyboard.type(' "nine" 2.5')
    page.wait_for_function("(el) => el.textContent.includes('2.5')", arg=second.element_handle(),
                           timeout=WAIT_MS)
    assert second.inner_text().strip() == '3 squared "nine" 2.5'
    page.keyboard.press("Shift+Enter")

    # The stack table, readable in the light theme and in the dark one.
    _check_table(page, tmp_path / "light.png", "light")
    page.evaluate("() => window.jupyterapp.commands.execute('apputils:change-theme', "
                  "{theme: 'JupyterLab Dark'})")
    page.wait_for_function("() => document.body.dataset.jpThemeLight === 'false'",
                           timeout=WAIT_MS)
    page.wait_for_timeout(500)  # the theme's stylesheet applied
    _check_table(page, tmp_path / "dark.png", "dark")

    # A word's source as :see shows it, highlighted in the dark theme's colours.
    _cell_editor(page, 2).click()
    page.keyboard.type(":see squared")
    page.keyboard.press("Shift+Enter")
    shown = page.locator(".jp-NotebookPanel:visible .jp-OutputArea-output pre",
                         has_text="dup i.*").last
    shown.wait_for(timeout=WAIT_MS)
    page.screenshot(path=str(tmp_path / "dark-see.png"))
    assert "dup" in {text for text, _ in _readable(shown, tmp_path / "dark-see.png", "dark")}

    # The :trace and :profile tables (render.table), readable in both themes.
    for i, command in enumerate((':trace 2 squared "two"', ":profile 3 squared drop"), 3):
        _cell_editor(page, i).click()
        page.keyboard.type(command)
        page.keyboard.press("Shift+Enter")
    views = {"trace": ("squared ↘", '"two"', ":String"), "profile": ("squared", "calls")}
    for theme in ("dark", "light"):
        if theme == "light":
            page.evaluate("() => window.jupyterapp.commands.execute('apputils:change-theme', "
                          "{theme: 'JupyterLab Light'})")
            page.wait_for_function("() => document.body.dataset.jpThemeLight === 'true'",
                                   timeout=WAIT_MS)
            page.wait_for_timeout(500)
        for view, texts in views.items():
            table = page.locator(f".jp-NotebookPanel:visible table.seq-{view}").last
            table.wait_for(timeout=WAIT_MS)
            shot = tmp_path / f"{theme}-{view}.png"
            table.screenshot(path=str(shot))
            shown = {text for text, _ in _readable(table, shot, theme)}
            assert set(texts) <= shown, shown


# Every rule of the lexer, for comparing the editor's tokens with Pygments'.
SEQ_FILE = """include std:imath
# seq:allow(unused)
union Shape { Circle { radius: Float } Dot }
: area ( ..a Shape -- ..a Float )  # the area
  match
    Circle { >radius } -> dup f.* 3.14159 f.*
    Dot -> drop 0.0
  end ;
: main ( -- ) "tab\\there \\x41" io.write-line :done drop 0x1F -7 1e3 true [ 1 ] call 2drop ;
"""


def test_a_seq_file_is_highlighted(page, lab) -> None:
    """A .seq file opened in JupyterLab's editor: each line's tokens as the
    Pygments lexer classes them."""
    _, root = lab
    (root / "demo.seq").write_text(SEQ_FILE)
    page.evaluate("() => window.jupyterapp.commands.execute('docmanager:open', "
                  "{path: 'demo.seq'})")
    lines = page.locator(".jp-FileEditor:visible .cm-line")
    lines.first.wait_for(timeout=WAIT_MS)
    count = len(SEQ_FILE.splitlines())
    page.wait_for_function(
        f"() => document.querySelectorAll('.jp-FileEditor .cm-line').length >= {count}",
        timeout=WAIT_MS)
    for i, text in enumerate(SEQ_FILE.splitlines()):
        assert [tuple(t) for t in lines.nth(i).evaluate(EDITOR_TOKENS)] == \
            pygments_classes(text), text
