"""The questionnaire template an owner downloads, runs in their own tool and uploads back.

Two sheets in the xlsx: "Questionnaire" (each question with its column header,
wording and answers) and "Responses" (the column headers the importer expects,
ready to fill). The CSV holds the questionnaire table. English or Bahasa
Indonesia; wordings come from :mod:`engine.questionnaire`, the same source as
the sample's data dictionary.
"""

from __future__ import annotations

import io

import pandas as pd

from .questionnaire import ITEMS, NO, PROFILE, SCALE, SCREENING, YES, item_header

COLUMNS = {
    "en": ("column header", "kind", "question", "answers"),
    "id": ("judul kolom", "jenis", "pertanyaan", "jawaban"),
}
KINDS = {
    "en": {"screening": "screening", "profile": "profile", "item": "item (1-5)"},
    "id": {"screening": "penyaringan", "profile": "profil", "item": "butir (1-5)"},
}


def questionnaire(lang: str = "en") -> pd.DataFrame:
    k = 0 if lang == "en" else 1
    rows = []
    for en, idn in SCREENING.values():
        q = (en, idn)[k]
        rows.append((q, KINDS[lang]["screening"], q, f"{YES[k]} / {NO[k]}"))
    for en, idn, answers in PROFILE.values():
        q = (en, idn)[k]
        rows.append((q, KINDS[lang]["profile"], q, " / ".join(a[k] for a in answers.values())))
    scale = " / ".join(f"{code} = {labels[k]}" for code, labels in SCALE.items())
    for code, wording in ITEMS.items():
        rows.append((item_header(code, lang), KINDS[lang]["item"], wording[k], scale))
    return pd.DataFrame(rows, columns=list(COLUMNS[lang]))


def template_csv(lang: str = "en") -> bytes:
    """The questionnaire as CSV (UTF-8 with BOM, so Excel shows Indonesian text right)."""
    return questionnaire(lang).to_csv(index=False).encode("utf-8-sig")


def template_xlsx(lang: str = "en") -> bytes:
    q = questionnaire(lang)
    responses = pd.DataFrame(columns=["Timestamp", *q.iloc[:, 0].tolist()])
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        q.to_excel(writer, sheet_name="Questionnaire", index=False)
        responses.to_excel(writer, sheet_name="Responses", index=False)
        for ws in writer.book.worksheets:
            for col in ws.columns:
                ws.column_dimensions[col[0].column_letter].width = 28
    return buffer.getvalue()
