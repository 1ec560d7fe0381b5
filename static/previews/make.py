#!/usr/bin/env python3
"""Makes the preview images shared links show (og:image), one per page of the guide.

Run from anywhere, after changing a page title (or the guide's name) in locales/:

    python3 static/previews/make.py          # remakes only the images whose text changed
    python3 static/previews/make.py --all    # remakes every image (after changing this card)

then commit static/previews/. It asks the server binary (`cargo run -- previews-manifest`)
for every page's title, company and language, sets each as a 1200x630 card in HTML (the
guide's name, its mark static/icons/icon.svg and the colours of static/site.css), has
headless Chromium take a screenshot of it, and shrinks the PNG with pngquant to under 80 KB.
manifest.json records the text each image was made from: tests/previews.rs fails when a
page's title no longer matches it.

Needs: cargo, chromium, pngquant, and the fonts fonts-noto-core (Noto Sans, Noto Sans
Khmer), fonts-noto-cjk (Noto Sans CJK SC) and fonts-khmeros:
    apt-get install chromium pngquant fonts-noto-core fonts-noto-cjk fonts-khmeros
"""

import argparse
import html
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
MANIFEST = HERE / "manifest.json"
WIDTH, HEIGHT = 1200, 630
MAX_BYTES = 80 * 1024
# The offline flags DEVELOPERS.md asks for, one a line, shared with the browser tests.
OFFLINE_FLAGS = (ROOT / "tests" / "chromium-offline-flags.txt").read_text().splitlines()
CHROMIUM_FLAGS = OFFLINE_FLAGS + [
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
    f"--window-size={WIDTH},{HEIGHT}",
]
# The font each script is set in, and the package that has it.
FONTS = {
    "en": ("Noto Sans", "fonts-noto-core"),
    "zh-Hans": ("Noto Sans CJK SC", "fonts-noto-cjk"),
    "km": ("Noto Sans Khmer", "fonts-noto-core"),
}
# The text each font must cover, checked with fc-list before anything is drawn, so that a
# missing font is an error here rather than boxes in an image.
SAMPLES = {"en": "Aa", "zh-Hans": "保号", "km": "លេខ"}


def fail(message):
    sys.exit(f"make.py: {message}")


def check_tools():
    missing = [tool for tool in ("cargo", "chromium", "pngquant", "fc-list") if not shutil.which(tool)]
    if missing:
        fail(f"needs {', '.join(missing)}: apt-get install chromium pngquant fontconfig (and rustup for cargo)")
    for lang, (family, package) in FONTS.items():
        charset = " ".join(f"{ord(c):x}" for c in SAMPLES[lang])
        found = subprocess.run(
            ["fc-list", f"{family}:charset={charset}", "family"], capture_output=True, text=True
        ).stdout.strip()
        if not found:
            fail(f"needs the font {family} for {lang}: apt-get install {package}")


def css_colours():
    """The design's colours, from static/site.css's :root."""
    css = (ROOT / "static/site.css").read_text()
    root = re.search(r":root\s*\{([^}]*)\}", css).group(1)
    return dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{3,6})", root))


def card_html(page, colours, mark):
    family, _ = FONTS[page["lang"]]
    company = ""
    if page["company"]:
        company = f'<p class="company">{html.escape(page["company"])}</p>'
    # Khmer stacks subscripts below the line: more room between lines, a smaller size.
    size, leading = (64, 1.6) if page["lang"] == "km" else (76, 1.3)
    return f"""<!doctype html>
<html lang="{page['lang']}"><head><meta charset="utf-8"><style>
* {{ margin: 0; box-sizing: border-box; }}
html, body {{ width: {WIDTH}px; height: {HEIGHT}px; overflow: hidden; }}
body {{ font-family: "{family}", sans-serif; background: {colours['bg']}; color: {colours['text']};
  display: flex; flex-direction: column; }}
main {{ flex: 1; padding: 64px 80px 40px; display: flex; flex-direction: column;
  justify-content: center; gap: 28px; border-top: 16px solid {colours['accent']}; }}
h1 {{ font-size: {size}px; line-height: {leading}; font-weight: 700; }}
.company {{ align-self: flex-start; font-size: 36px; font-weight: 700; padding: 6px 24px;
  border-radius: 12px; background: {colours['accent-soft']}; color: {colours['accent']}; }}
footer {{ height: 116px; background: {colours['accent']}; color: {colours['on-accent']};
  display: flex; align-items: center; gap: 24px; padding: 0 80px; font-size: 40px; font-weight: 700; }}
footer svg {{ width: 80px; height: 80px; background: {colours['bg']}; border-radius: 16px; flex: none; }}
</style></head><body>
<main>{company}<h1 id="title">{html.escape(page['title'])}</h1></main>
<footer>{mark}<span>{html.escape(page['site_name'])}</span></footer>
<script>
// A long title is set smaller until it fits.
var h = document.getElementById("title"), size = {size};
while (h.offsetHeight > 380 && size > 36) {{ size -= 4; h.style.fontSize = size + "px"; }}
</script>
</body></html>
"""


def png_size(path):
    data = path.read_bytes()[:24]
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail(f"{path} is not a PNG")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def render(page, colours, mark, work):
    card = work / "card.html"
    card.write_text(card_html(page, colours, mark), encoding="utf-8")
    shot = work / "shot.png"
    shot.unlink(missing_ok=True)
    subprocess.run(
        ["chromium", *CHROMIUM_FLAGS, f"--user-data-dir={work / 'profile'}",
         f"--screenshot={shot}", card.as_uri()],
        check=True, capture_output=True, timeout=120,
    )
    if png_size(shot) != (WIDTH, HEIGHT):
        fail(f"{page['path']}: chromium made a {png_size(shot)} image, not {WIDTH}x{HEIGHT}")
    target = HERE / page["file"]
    subprocess.run(
        ["pngquant", "--force", "--strip", "--speed", "1", "--output", str(target), "64", str(shot)],
        check=True,
    )
    size = target.stat().st_size
    if size > MAX_BYTES:
        fail(f"{target.name} is {size} bytes, over {MAX_BYTES}")
    return size


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="remake every image, changed or not")
    args = parser.parse_args()
    check_tools()
    pages = json.loads(
        subprocess.run(
            ["cargo", "run", "--quiet", "--", "previews-manifest"],
            cwd=ROOT, check=True, capture_output=True, text=True,
        ).stdout
    )
    made_from = {}
    if MANIFEST.exists():
        made_from = {p["path"]: p for p in json.loads(MANIFEST.read_text())["pages"]}
    colours = css_colours()
    mark = (ROOT / "static/icons/icon.svg").read_text().strip()
    work = pathlib.Path(tempfile.mkdtemp(prefix="kyn-previews-"))
    made = 0
    try:
        for page in pages:
            unchanged = made_from.get(page["path"]) == page and (HERE / page["file"]).exists()
            if unchanged and not args.all:
                continue
            size = render(page, colours, mark, work)
            made += 1
            print(f"{page['file']}: {size} bytes  {page['title']}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    manifest = {
        "made_by": "python3 static/previews/make.py",
        "width": WIDTH,
        "height": HEIGHT,
        "pages": pages,
    }
    MANIFEST.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    kept = {page["file"] for page in pages}
    for old in HERE.glob("*.png"):
        if old.name not in kept:
            old.unlink()
    print(f"{made} images made, {len(pages) - made} unchanged; commit static/previews/")


if __name__ == "__main__":
    main()
