"""The questionnaire template an owner downloads, runs in their own tool and uploads back.

Two sheets in the xlsx: "Questionnaire" / "Kuesioner" (each question with its
column header, wording and answers) and "Responses" / "Jawaban" (the column
headers the importer expects, ready to fill). The CSV holds the questionnaire
table. English or Bahasa Indonesia: the wordings come from
:mod:`engine.study.questionnaire`, the same source as the sample's data dictionary;
the sheet names and headers from the one catalog (:mod:`engine.base.text`).
"""

from __future__ import annotations

import io

import pandas as pd

from engine.base import text
from engine.study.questionnaire import ITEMS, NO, PROFILE, SCALE, SCREENING, YES, item_header

#: The questionnaire table's columns (catalog keys tpl.<name>).
COLUMNS = ("header", "kind", "question", "answers")


def questionnaire(lang: str = "en") -> pd.DataFrame:
    k = 0 if lang == "en" else 1
    kind = {name: text.say(f"tpl.kind.{name}", lang) for name in ("screening", "profile", "item")}
    rows = []
    for en, idn in SCREENING.values():
        q = (en, idn)[k]
        rows.append((q, kind["screening"], q, f"{YES[k]} / {NO[k]}"))
    for en, idn, answers in PROFILE.values():
        q = (en, idn)[k]
        rows.append((q, kind["profile"], q, " / ".join(a[k] for a in answers.values())))
    scale = " / ".join(f"{code} = {labels[k]}" for code, labels in SCALE.items())
    for code, wording in ITEMS.items():
        rows.append((item_header(code, lang), kind["item"], wording[k], scale))
    return pd.DataFrame(rows, columns=[text.say(f"tpl.{c}", lang) for c in COLUMNS])


def template_csv(lang: str = "en") -> bytes:
    """The questionnaire as CSV (UTF-8 with BOM, so Excel shows Indonesian text right)."""
    return questionnaire(lang).to_csv(index=False).encode("utf-8-sig")


def template_xlsx(lang: str = "en") -> bytes:
    q = questionnaire(lang)
    stamp = text.say("tpl.timestamp", lang)
    responses = pd.DataFrame(columns=[stamp, *q.iloc[:, 0].tolist()])
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        q.to_excel(writer, sheet_name=text.say("file.questionnaire", lang), index=False)
        responses.to_excel(writer, sheet_name=text.say("file.responses_sheet", lang), index=False)
        for ws in writer.book.worksheets:
            for col in ws.columns:
                ws.column_dimensions[col[0].column_letter].width = 28
    return buffer.getvalue()
