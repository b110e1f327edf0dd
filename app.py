"""Overview: the corpus at a glance under the shared filters, with a way into every page.

Run with `streamlit run app.py`; the other pages are discovered from `pages/`.
"""
from __future__ import annotations

import pandas as pd
import plotly.express as px
import streamlit as st

import ui
from analysis import views
from analysis.actors import mention_counts
from analysis.trends import corpus_ranking


def timeline_figure(articles: pd.DataFrame):
    """The coverage timeline (articles per publication day, by outlet) and the days it plots; None when
    no article has a known day."""
    timeline = views.articles_per_day(articles)
    if timeline.empty:
        return None
    shown = views.top_outlets_and_other(timeline, keys=["day"], value="n_articles")
    figure = px.bar(ui.for_chart(shown), x="day", y="n_articles", color="outlet",
                    color_discrete_map=ui.outlet_colours(shown),
                    title="Coverage timeline: articles per publication day, by outlet",
                    labels={"day": "Publication day", "n_articles": "Articles", "outlet": "Outlet"})
    figure.update_layout(bargap=0.15)
    figure.update_yaxes(rangemode="tozero", **({"dtick": 1} if timeline["n_articles"].max() <= 10 else {}))
    return figure, timeline["day"]


data = ui.start_page("Overview", icon="📰", intro="Follow one story across outlets: who is mentioned, who said "
                     "what, which phrases rise, and the market moves the articles report.")

if ui.has_articles(data):
    articles, filters = data.filtered["articles"], data.filters
    summary = ui.compute(views.corpus_summary, articles, data=data)
    total = ui.compute_for_store(views.corpus_summary, data.tables["articles"], data=data)
    first, last = summary["first"], summary["last"]
    if first is None:
        span = "unknown"
    elif first == last:
        span = f"{first:%-d %b %Y}"
    elif first.year == last.year:
        span = f"{first:%-d %b} – {last:%-d %b %Y}"
    else:
        span = f"{first:%-d %b %Y} – {last:%-d %b %Y}"
    with st.container(horizontal=True, gap="medium"):
        st.metric("Articles", summary["n_articles"], help=f"{total['n_articles']} in the whole store",
                  width="content", border=True)
        st.metric("Outlets", summary["n_outlets"], help="Known outlets among the filtered articles",
                  width="content", border=True)
        st.metric("Date span", span, help="First and last publication day among the filtered articles",
                  width="content", border=True)
        st.metric("Undated articles", summary["n_undated"], width="content", border=True)

    timeline = ui.compute(timeline_figure, articles, data=data)
    if timeline is None:
        st.info("None of the filtered articles has a known publication day, so there is no timeline. "
                "Give dates in the side-car metadata or when pasting text on the Add articles page.")
    else:
        figure, days = timeline
        ui.chart(figure, key="timeline", days=days)

    with st.container(horizontal=True, gap="medium"):  # side by side when wide, one under the other when narrow
        left, right = st.container(width=420), st.container(width=420)
    with left:
        st.subheader("Top keyphrases")
        if ui.has_rows(data, "keywords", what="keyphrases"):
            ranking = ui.compute(corpus_ranking, data.filtered["keywords"], articles, data=data, top=10)
            ranking = ranking[["keyphrase", "n_articles", "share"]]
            ui.show_table(ranking, name="top_keyphrases", filters=filters, key="top_keyphrases",
                          column_config={"share": st.column_config.NumberColumn("share", format="percent")})
        st.page_link("pages/1_Keywords.py", label="Keywords: rankings, trends, in context", icon=":material/key:")
    with right:
        st.subheader("Top actors")
        if ui.has_rows(data, "mentions", what="actor mentions"):
            counts = ui.compute(mention_counts, data.filtered["mentions"], articles, data=data).head(10)
            ui.show_table(counts, name="top_actors", filters=filters, key="top_actors")
        st.page_link("pages/2_Actors.py", label="Actors: counts, trends, who appears with whom",
                     icon=":material/groups:")

    st.subheader("Latest quotes")
    if ui.has_rows(data, "quotes", what="quotations"):
        # the whole table: latest_rows picks the newest filtered articles' rows itself, so the filtered
        # quotations (0.1 s at 100,000 articles) are not needed for 8 rows
        latest = ui.compute(views.latest_rows, data.tables["quotes"], articles, data=data, n=8,
                            speech_only=True)[["speaker", "quote", "outlet", "published"]]
        latest = latest.assign(speaker=latest["speaker"].fillna(views.UNNAMED_SPEAKER))
        ui.show_table(latest, name="latest_quotes", filters=filters, key="latest_quotes",
                      column_config={"published": st.column_config.DateColumn("Published", format="YYYY-MM-DD"),
                                     "quote": st.column_config.TextColumn("Quote", width="large")})
    st.page_link("pages/3_Quotes.py", label="Quotes: search, repeated quotations, who is quoted where",
                 icon=":material/format_quote:")

    st.subheader("Market side-notes")
    if ui.has_rows(data, "market_notes", what="market notes"):
        notes = ui.compute(views.latest_rows, data.tables["market_notes"], articles, data=data, n=8)[
            ["instrument", "value", "unit", "change_pct", "direction", "outlet", "published"]]
        ui.show_table(notes, name="latest_market_notes", filters=filters, key="latest_market_notes",
                      column_config={"published": st.column_config.DateColumn("Published", format="YYYY-MM-DD")})
    st.page_link("pages/4_Markets.py", label="Markets: every note and each instrument over time",
                 icon=":material/show_chart:")
    st.page_link("pages/5_Articles.py", label="Articles: the list and a reader view", icon=":material/article:")
