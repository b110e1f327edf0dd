"""Keywords: the corpus ranking of YAKE keyphrases, their trend over time, and each one in context."""
from __future__ import annotations

import plotly.express as px
import streamlit as st

import ui
from analysis.keywords import keyword_in_context
from analysis.trends import corpus_ranking, keyphrase_trend

data = ui.start_page("Keywords", icon="🔑", intro="Keyphrases extracted per article with YAKE (lower score = "
                     "more relevant), ranked across the filtered articles.")
CONTEXT_LIMIT = 500  # keyword in context shows at most this many sentences (the earliest)

if ui.has_articles(data) and ui.has_rows(data, "keywords", what="keyphrases"):
    keywords, articles, filters = data.filtered["keywords"], data.filtered["articles"], data.filters

    st.subheader("Corpus ranking")
    ranking = ui.compute(corpus_ranking, keywords, articles, data=data, top=50)
    ui.show_table(ranking, name="keyphrase_ranking", filters=filters, key="keyphrase_ranking")
    phrases = list(ranking["keyphrase"])

    st.subheader("Trend")
    chosen = st.multiselect("Keyphrases to follow", phrases, default=phrases[:3], key="trend_phrases",
                            max_selections=8, placeholder="Choose keyphrases")
    left, middle, right = st.columns(3)
    period = left.radio("Period", ["Day", "Week"], horizontal=True, key="trend_period")
    measure = middle.radio("Measure", ["Share of articles", "Number of articles"], horizontal=True,
                           key="trend_measure")
    by_outlet = right.toggle("Split by outlet", key="trend_by_outlet")
    if not chosen:
        st.info("Choose one or more keyphrases above to see how often they appear over time.")
    else:
        trend = ui.compute(keyphrase_trend, keywords, articles, chosen, data=data,
                           freq="D" if period == "Day" else "W", by_outlet=by_outlet)
        if trend.empty:
            st.info("The chosen keyphrases appear in no dated article. Include more dates or other phrases.")
        else:
            y = "share" if measure == "Share of articles" else "n_articles"
            figure = px.line(
                ui.for_chart(trend), x="period", y=y, color="keyphrase", markers=True,
                facet_row="outlet" if by_outlet else None,
                title=f"{measure} mentioning each keyphrase, per {period.lower()}",
                labels={"period": period, "share": "Share of articles", "n_articles": "Articles",
                        "keyphrase": "Keyphrase", "outlet": "Outlet"},
                height=300 + (160 * trend["outlet"].nunique() if by_outlet else 120),
            )
            if y == "share":
                figure.update_yaxes(tickformat=".0%", rangemode="tozero")
            else:
                figure.update_yaxes(rangemode="tozero")
            figure.for_each_annotation(lambda a: a.update(text=a.text.split("=", 1)[-1]))
            ui.chart(figure, key="trend_chart", days=trend["period"])
            ui.show_table(trend, name="keyphrase_trend", filters=filters, key="keyphrase_trend")

    st.subheader("Keyword in context")
    phrase = st.selectbox("Keyphrase", phrases, key="kwic_phrase", index=0 if phrases else None,
                          placeholder="Choose a keyphrase")
    if phrase:
        lines = ui.compute(ui.in_date_batches, keyword_in_context, phrase, articles, data=data,
                           limit=CONTEXT_LIMIT + 1, directory=data.store_key[0])
        if len(lines) > CONTEXT_LIMIT:
            lines = lines.head(CONTEXT_LIMIT)
            st.caption(f"The first {CONTEXT_LIMIT} sentences, in date order; more exist. Narrow the dates or "
                       "outlets to see the others.")
        if lines.empty:
            st.info(f"“{ui.plain(phrase)}” does not occur word for word in the filtered articles' text.")
        else:
            shown = lines[["sentence", "outlet", "published", "title"]]
            ui.show_table(shown, name="keyword_in_context", filters=filters, key="keyword_in_context",
                          column_config={"sentence": st.column_config.TextColumn("Sentence", width="large")})
