"""The respondents' form: plain HTML from a small Starlette endpoint beside Streamlit.

Why not a Streamlit page: measured on this 2-core machine (README, "Collecting
answers"), a Streamlit page costs a phone a JavaScript app of several megabytes and a
server round trip and script run per tap; this form is one small page (no script
needed to answer; a few lines show progress) and one POST. ``serve.py`` mounts it on
the same server and port as the app (``streamlit run serve.py``).

Routes: ``GET /s/{public_id}`` (the form) and ``POST /s/{public_id}`` (the answers).
Nothing else is reachable from the public id: no counts, no results, no other survey.
Protection: one response per browser and wave (a cookie), a rate limit per link, a
honeypot field, a submission id so a form sent twice is stored once, bounded bodies.
"""

from __future__ import annotations

import base64
import hashlib
import html
import os
import secrets
import threading
import time
from collections import OrderedDict, deque

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from engine.base.text import LANGS, say
from engine.study.questionnaire import NO, PROFILE, SCALE, YES

from . import store

PREFIX = "/s"
MAX_BODY = 64 * 1024
HONEYPOT = "website"
ENV_RATE = "DRIVERLAB_FORM_RATE"

#: The form's words in the survey's language, from the one catalog (form.* in engine.base.text).
_WORDS = ("progress", "send", "consent", "thanks", "already", "missing", "busy", "gone")
_WORDS += ("too_big", "full", "scale_hint", "honeypot")
TEXT = {lang: {key: say(f"form.{key}", lang) for key in _WORDS} for lang in LANGS}

CSS = """
*{box-sizing:border-box}body{font-family:system-ui,sans-serif;margin:0;color:#1f2430;background:#f6f7f9}
main{max-width:640px;margin:0 auto;padding:12px 12px 96px}h1{font-size:1.3rem;margin:8px 0}
.q{background:#fff;border-radius:10px;padding:12px;margin:10px 0;border:2px solid transparent}
.q.miss{border-color:#d33}.q p{margin:0 0 8px;font-weight:600}
.opts{display:flex;flex-wrap:wrap;gap:6px}.opts label{flex:1 1 auto;min-width:48px;min-height:48px;
display:flex;align-items:center;justify-content:center;border:1px solid #c5cad3;border-radius:8px;
padding:8px;text-align:center;background:#fff;cursor:pointer}
.opts input{position:absolute;opacity:0;width:1px;height:1px}
.opts input:checked+span{font-weight:700}
.opts label:has(input:checked){background:#1f6feb;color:#fff;border-color:#1f6feb}
.scale .opts label{flex:1 1 0}
.hint{font-size:.85rem;color:#555}.err{background:#fde8e8;padding:10px;border-radius:8px}
.bar{position:fixed;left:0;right:0;bottom:0;background:#fff;border-top:1px solid #ddd;
padding:8px 12px;display:flex;gap:10px;align-items:center}.bar progress{flex:1;height:14px}
button{font-size:1rem;padding:12px 16px;border:0;border-radius:8px;background:#1f6feb;color:#fff}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
"""

SCRIPT = (
    "(function(){var f=document.getElementById('f');if(!f)return;"
    "var g=f.querySelectorAll('fieldset.q'),p=document.getElementById('p'),"
    "n=document.getElementById('n');"
    "function u(){var k=0;g.forEach(function(q){if(q.querySelector('input:checked'))k++;});"
    "p.value=k;n.textContent=k+' / '+g.length;}f.addEventListener('change',u);u();})();"
)
_SCRIPT_HASH = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; "
    f"script-src 'sha256-{_SCRIPT_HASH}'; form-action 'self'; frame-ancestors 'none'; "
    "base-uri 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class RateLimit:
    """At most ``limit`` accepted submissions per link in any ``window`` seconds.

    Kept in memory for at most ``max_links`` links (the least recently used is
    forgotten), so its size is bounded whatever arrives.
    """

    def __init__(self, limit: int, window: float = 60.0, max_links: int = 10_000) -> None:
        self.limit = limit
        self.window = window
        self.max_links = max_links
        self._hits: OrderedDict[str, deque] = OrderedDict()
        self._lock = threading.Lock()

    def allow(self, key: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        with self._lock:
            hits = self._hits.pop(key, None) or deque()
            while hits and now - hits[0] >= self.window:
                hits.popleft()
            ok = len(hits) < self.limit
            if ok:
                hits.append(now)
            self._hits[key] = hits
            while len(self._hits) > self.max_links:
                self._hits.popitem(last=False)
            return ok


limiter = RateLimit(int(os.environ.get(ENV_RATE) or 300))


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _page(lang: str, title: str, body: str, status: int = 200, cookie: tuple | None = None):
    doc = (
        f'<!doctype html><html lang="{_e(lang)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<meta name="robots" content="noindex"><title>{_e(title)}</title>'
        f"<style>{CSS}</style></head><body><main>{body}</main></body></html>"
    )
    response = HTMLResponse(doc, status_code=status, headers=HEADERS)
    if cookie:
        name, value, path = cookie
        response.set_cookie(
            name, value, max_age=365 * 86400, path=path, httponly=True, samesite="lax"
        )
    return response


def _labels(q: store.QuestionDef, lang: str) -> list[tuple[str, str]]:
    k = 0 if lang == "en" else 1
    if q.kind == "item":
        return [(str(code), f"{code}") for code in SCALE]
    if q.kind == "screening":
        return [(YES[0], YES[k]), (NO[0], NO[k])]
    return [(canon, labels[k]) for canon, labels in PROFILE[q.code][2].items()]


def render_form(
    survey: store.SurveyView,
    answers: dict | None = None,
    missing: tuple[str, ...] = (),
    message: str = "",
    status: int = 200,
    submission_id: str | None = None,
    started: str | None = None,
):
    lang = survey.lang
    text = TEXT[lang]
    answers = answers or {}
    k = 0 if lang == "en" else 1
    parts = [f"<h1>{_e(survey.title)}</h1>"]
    if message:
        parts.append(f'<p class="err" role="alert">{_e(message)}</p>')
    parts.append(
        f'<form id="f" method="post" action="{PREFIX}/{_e(survey.public_id)}">'
        f'<input type="hidden" name="sub" value="{_e(submission_id or secrets.token_urlsafe(24))}">'
        f'<input type="hidden" name="started" value="{_e(started or f"{time.time():.0f}")}">'
        f'<div class="hp" aria-hidden="true"><label>{_e(text["honeypot"])}'
        f'<input type="text" name="{HONEYPOT}" tabindex="-1" autocomplete="off"></label></div>'
    )
    shown_hint = False
    for n, q in enumerate(survey.questions, 1):
        cls = "q" + (" scale" if q.kind == "item" else "") + (" miss" if q.code in missing else "")
        hint = ""
        if q.kind == "item" and not shown_hint:
            hint = f'<div class="hint">{_e(text["scale_hint"])}</div>'
            shown_hint = True
        options = []
        for value, label in _labels(q, lang):
            checked = " checked" if str(answers.get(q.code)) == value else ""
            title = f' title="{_e(SCALE[int(value)][k])}"' if q.kind == "item" else ""
            options.append(
                f'<label{title}><input type="radio" name="{_e(q.code)}" value="{_e(value)}"'
                f"{checked} required><span>{_e(label)}</span></label>"
            )
        parts.append(
            f'<fieldset class="{cls}" style="border:0"><p>{n}. {_e(q.text)}</p>{hint}'
            f'<div class="opts" role="radiogroup" aria-label="{_e(q.text)}">'
            f"{''.join(options)}</div></fieldset>"
        )
    agreed = " checked" if answers.get("consent") else ""
    parts.append(
        f'<div class="{"q miss" if "consent" in missing else "q"}"><p>{_e(survey.consent)}</p>'
        '<div class="opts"><label>'
        f'<input type="checkbox" name="consent" value="yes" required{agreed}>'
        f"<span>{_e(text['consent'])}</span></label></div></div>"
        f'<div class="bar"><progress id="p" max="{len(survey.questions)}" value="0"></progress>'
        f'<span id="n" aria-label="{_e(text["progress"])}"></span>'
        f'<button type="submit">{_e(text["send"])}</button></div></form>'
        f"<script>{SCRIPT}</script>"
    )
    return _page(lang, survey.title, "".join(parts), status)


def _cookie_name(public_id: str) -> str:
    return "dl_" + hashlib.sha256(public_id.encode()).hexdigest()[:16]


def _gone(lang: str = "en"):
    return _page(lang, "Driver Lab", f"<p>{_e(TEXT[lang]['gone'])}</p>", status=404)


async def form_page(request: Request):
    survey = await run_in_threadpool(store.public_survey, request.path_params["public_id"])
    if survey is None:
        return _gone()
    if survey.one_per_browser and request.cookies.get(_cookie_name(survey.public_id)) == str(
        survey.wave
    ):
        return _page(survey.lang, survey.title, f"<p>{_e(TEXT[survey.lang]['already'])}</p>")
    if request.method == "POST":
        return await _receive(request, survey)
    return render_form(survey)


def _seconds(started: str) -> float | None:
    try:
        taken = time.time() - float(started)
    except (TypeError, ValueError):
        return None
    return taken if 0 <= taken <= 86_400 else None


async def _receive(request: Request, survey: store.SurveyView):
    text = TEXT[survey.lang]
    length = request.headers.get("content-length")
    if length is None or not length.isdigit() or int(length) > MAX_BODY:
        return _page(survey.lang, survey.title, f"<p>{_e(text['too_big'])}</p>", status=413)
    form = await request.form(max_files=0, max_fields=300, max_part_size=4096)
    raw = {k: v for k, v in form.items() if isinstance(v, str)}
    thanks = (
        survey.lang,
        survey.title,
        f"<p>{_e(text['thanks'])}</p>",
        200,
        (_cookie_name(survey.public_id), str(survey.wave), f"{PREFIX}/{survey.public_id}"),
    )
    if raw.get(HONEYPOT):
        return _page(*thanks)  # a bot: looks accepted, nothing is stored
    answers, missing = store.clean_answers(survey, raw)
    sub = raw.get("sub", "")
    kept = {**answers, "consent": raw.get("consent") == "yes"}
    again = {"submission_id": sub or None, "started": raw.get("started")}
    if raw.get("consent") != "yes":
        missing.append("consent")
    if missing:
        return render_form(survey, kept, tuple(missing), text["missing"], 400, **again)
    if not limiter.allow(survey.public_id):
        return render_form(survey, kept, (), text["busy"], 429, **again)
    try:
        seconds = _seconds(raw.get("started"))
        outcome = await run_in_threadpool(store.submit, survey.public_id, answers, sub, seconds)
    except ValueError:
        return render_form(survey, kept, (), text["missing"], 400)
    except LookupError:
        return _gone(survey.lang)
    if outcome == "full":
        return _page(survey.lang, survey.title, f"<p>{_e(text['full'])}</p>", status=409)
    return _page(*thanks)


async def not_found(request: Request):
    return Response(status_code=404)


def routes() -> list[Route]:
    return [
        Route(PREFIX + "/{public_id}", form_page, methods=["GET", "POST"]),
        Route(PREFIX + "/{public_id}/{rest:path}", not_found, methods=["GET", "POST"]),
    ]
