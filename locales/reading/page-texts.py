"""The visible text of each page kind, as a fresh reader of a translation gets it.

    cargo build --release
    python3 locales/reading/page-texts.py target/release/keep-your-number OUT zh km

starts the server on 127.0.0.1 with a throwaway database, writes OUT/<lang>/<NN-page-kind>.txt
(overview, company overviews, the four ways, comparison, plan form and answers, slip, lookup,
not found, offline) and stops it. Hand a new reader one language's folder and rubric.md, nothing
else (not the glossary, not the change list). Source numbers and tags, drawn as chips, are set
apart by a space; the timeline's spans, drawn as blocks, get a line each.
"""
import subprocess, sys, time, urllib.request, re, os, html, tempfile, shutil
BIN = sys.argv[1]; OUT = sys.argv[2]
port = 18377
db = tempfile.mkdtemp()
p = subprocess.Popen([BIN, "--addr", f"127.0.0.1:{port}", "--database", f"{db}/r.sqlite3"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
def get(path):
    for _ in range(100):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}") as r:
                return r.read().decode()
        except urllib.error.HTTPError as e:
            return e.read().decode()
        except Exception:
            time.sleep(0.1)
    raise SystemExit("no answer")
def text(page):
    page = re.sub(r"(?s)<head>.*?</head>", "", page)
    page = re.sub(r"(?s)<script.*?</script>", "", page)
    page = re.sub(r"(?s)<svg.*?</svg>", "", page)
    # Source numbers and tags are chips, set apart from the sentence on the page.
    page = re.sub(r'(?<!«)(<a class="ref"|<span class="tag)', r" \1", page)
    page = re.sub(r'<span class="(stage-days|stage-dates|stage-title|stage-what|today-mark|past-mark)"', "\n<span ", page)
    page = re.sub(r"<(br|/p|/li|/h[1-6]|/dt|/dd|/tr|/summary|/legend|/label|/option|/caption|/th|/td)[^>]*>", "\n", page)
    page = re.sub(r"<[^>]+>", "", page)
    page = html.unescape(page)
    # A browser shows a run of spaces as one.
    lines = [re.sub(r"[ \t]{2,}", " ", l).strip() for l in page.splitlines()]
    out = []
    for l in lines:
        if l or (out and out[-1]):
            out.append(l)
    return "\n".join(out).strip() + "\n"
kinds = [
    ("01-overview", "/{l}/"),
    ("02-company-overview-smart", "/{l}/smart/"),
    ("03-company-overview-cellcard", "/{l}/cellcard/"),
    ("04-channel-kiosk", "/{l}/kiosk/"),
    ("05-channel-online-metfone", "/{l}/metfone/online/"),
    ("06-channel-shop", "/{l}/shop/"),
    ("07-channel-store-cellcard", "/{l}/cellcard/store/"),
    ("08-comparison", "/{l}/compare/"),
    ("09-plan-form", "/{l}/plan/"),
    ("10-plan-answer-before-end-with-absence", "/{l}/plan/?operator=smart&ends=2026-12-20&away_until=2027-08-01"),
    ("11-plan-answer-day-70-metfone", "/{l}/plan/?operator=metfone&ends=2026-09-26&where=abroad"),
    ("12-slip-for-helper", "/{l}/plan/slip/?operator=smart&number=0961234567&amount=5&for={l}"),
    ("13-lookup-answer", "/{l}/which-operator/?number=096+777+1234"),
    ("14-not-found", "/{l}/nowhere/"),
    ("15-offline", "/{l}/offline/"),
]
try:
    for lang in sys.argv[3:]:
        os.makedirs(f"{OUT}/{lang}", exist_ok=True)
        for name, path in kinds:
            open(f"{OUT}/{lang}/{name}.txt", "w").write(text(get(path.format(l=lang))))
finally:
    p.terminate(); p.wait(); shutil.rmtree(db)
print("ok")
