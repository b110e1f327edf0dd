"""Quotes: who said what, where; quotations repeated across outlets; who is quoted by which outlet."""
from __future__ import annotations

import pandas as pd
import plotly.express as px
import streamlit as st

import ui
from analysis import views
from analysis.quote_reuse import quote_reuse

data = ui.start_page("Quotes", icon="💬", intro="Direct quotations found in the filtered articles, with the speaker "
                     "they are attributed to.")


def speaker_choices(table: pd.DataFrame) -> list[str]:
    return sorted(table["speaker"].dropna().unique(), key=str.casefold)


USED_COLUMNS = ("article_id", "start", "quote", "speaker", "role", "is_speech", "nested")  # what this page reads


def quotations(quotes: pd.DataFrame, *, speech_only: bool) -> pd.DataFrame:
    """`quotes` with the columns this page reads, only speech (a missing `is_speech` counts as speech) when
    `speech_only`: a copy of 5 columns, not 11, once per filters."""
    table = quotes[[c for c in USED_COLUMNS if c in quotes.columns]]
    if speech_only and "is_speech" in table.columns:
        table = table[table["is_speech"].fillna(True).astype(bool)]
    return table


def as_text(value: object) -> str:
    """A list cell (outlets, ids) as one readable, CSV-friendly string."""
    if isinstance(value, str):
        return value
    try:
        return "; ".join(str(v) for v in value)
    except TypeError:
        return "" if value is None or value != value else str(value)


if ui.has_articles(data) and ui.has_rows(data, "quotes", what="quotations"):
    quotes, articles, filters = data.filtered["quotes"], data.filtered["articles"], data.filters
    speech = "all quotation marks"
    if "is_speech" in quotes.columns:
        include_all = st.toggle("Include quotation marks that are not speech (titles, scare quotes)",
                                key="quotes_all", value=False)
        if not include_all:
            speech = "speech only"
    quotes = ui.compute(quotations, quotes, data=data, speech_only=speech == "speech only")

    roles = ui.compute_for_store(views.usual_roles, data.tables["mentions"], data=data)
    table = ui.compute(views.quotation_table, quotes, articles, roles, data=data, variant=speech)

    left, right = st.columns([2, 1])
    search = left.text_input("Search quotations", key="quote_search", placeholder="words in the quote or speaker")
    speakers = ui.compute(speaker_choices, table, data=data, variant=speech)
    chosen = right.multiselect("Speakers", speakers, key="quote_speakers", placeholder="All speakers")
    if search.strip():
        words = search.strip()
        table = table[table["quote"].astype("string").str.contains(words, case=False, regex=False).fillna(False)
                      | table["speaker"].astype("string").str.contains(words, case=False, regex=False).fillna(False)]
    if chosen:
        table = table[table["speaker"].isin(chosen)]

    st.subheader(f"Quotations ({len(table)})")
    if table.empty:
        st.info("No quotation matches the search or speakers. Clear the search box or the speaker choice.")
    else:
        shown = table[["speaker", "role", "quote", "outlet", "published", "url"]].assign(
            outlet=lambda f: f["outlet"].astype("string").fillna(views.UNKNOWN_OUTLET))
        if speech == "speech only":  # with the marks that are not speech shown, a missing speaker is expected
            shown = shown.assign(speaker=shown["speaker"].fillna(views.UNNAMED_SPEAKER))
        ui.show_table(shown, name="quotes", filters=filters, key="quotes", column_config={
            "speaker": st.column_config.TextColumn("Speaker"),
            "role": st.column_config.TextColumn("Role"),
            "quote": st.column_config.TextColumn("Quote", width="large"),
            "outlet": st.column_config.TextColumn("Outlet"),
            "published": st.column_config.DateColumn("Published", format="YYYY-MM-DD"),
            "url": ui.link_column("Article"),
        })

    st.subheader("Repeated quotations")
    reuse = ui.compute(quote_reuse, quotes, articles, data=data, variant=speech, on_disk=True)
    repeated = reuse[reuse["n_articles"] > 1]
    if repeated.empty:
        st.info("No quotation appears in more than one of the filtered articles.")
    else:
        shown = repeated.drop(columns=["article_ids"]).assign(outlets=lambda f: f["outlets"].map(as_text))
        ui.show_table(shown, name="repeated_quotes", filters=filters, key="repeated_quotes",
                      column_config={"quote": st.column_config.TextColumn("Quote", width="large"),
                                     "first_seen": st.column_config.DateColumn("First seen", format="YYYY-MM-DD")})

    st.subheader("Who is quoted by which outlet")
    by_outlet = ui.compute(views.speaker_outlet_counts, quotes, articles, data=data, variant=speech)
    if by_outlet.empty:
        st.info("None of the filtered quotations has a speaker.")
    else:
        top = by_outlet.head(15).set_index("speaker")
        figure = px.imshow(ui.for_chart(top), text_auto=True, zmin=0, color_continuous_scale="Oranges",
                           aspect="auto",
                           title="Quotations per speaker and outlet (15 most quoted speakers)",
                           labels={"x": "Outlet", "y": "Speaker", "color": "Quotations"},
                           height=max(380, 220 + 30 * len(top)))
        figure.update_xaxes(tickangle=-30)
        ui.chart(figure, key="speaker_outlet_chart")
        ui.show_table(by_outlet, name="quotes_by_speaker_and_outlet", filters=filters, key="speaker_outlet")
