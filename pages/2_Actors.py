"""Actors: who is mentioned, by which outlets, over time, and who appears with whom."""
from __future__ import annotations

import pandas as pd
import plotly.express as px
import streamlit as st

import ui
from analysis import views
from analysis.actors import cooccurrence, mention_counts

data = ui.start_page("Actors", icon="👥", intro="People, organisations and places named in the filtered articles "
                     "(aliases merged into one canonical name).")


def actor_kinds(mentions: pd.DataFrame) -> list[str]:
    """The kinds of actor (person, organization, place) among `mentions`."""
    return sorted(mentions["actor_type"].dropna().unique())


if ui.has_articles(data) and ui.has_rows(data, "mentions", what="actor mentions"):
    mentions, articles, filters = data.filtered["mentions"], data.filtered["articles"], data.filters

    ui.actor_picker(data.actors, key="actors_page_actor",
                    label="Focus on one actor (filters every page to the articles that mention them)")
    types = ui.compute(actor_kinds, mentions, data=data)
    chosen_types = st.multiselect("Kinds of actor", types, default=types, key="actor_types",
                                  help="Applies to this page only.")
    if set(chosen_types) != set(types):
        mentions = mentions[mentions["actor_type"].isin(chosen_types)]
    # every kind kept: the very mentions the Overview counted, so its cached totals are reused
    kinds = "" if set(chosen_types) == set(types) else f"kinds={sorted(chosen_types)}"
    top = st.slider("Actors shown in the charts", min_value=5, max_value=30, value=12, key="actor_top")

    if mentions.empty:
        st.info("No mention of the chosen kinds of actor. Tick more kinds above.")
    else:
        st.subheader("Mentions")
        totals = ui.compute(mention_counts, mentions, articles, data=data, variant=kinds)
        leaders = list(totals["actor"].head(top))
        by_outlet = ui.compute(mention_counts, mentions, articles, data=data, variant=kinds, by="outlet")
        by_outlet = by_outlet[by_outlet["actor"].isin(leaders)]
        shown = views.top_outlets_and_other(by_outlet, keys=["actor"], value="mentions")
        figure = px.bar(
            ui.for_chart(shown), x="mentions", y="actor", color="outlet", orientation="h",
            color_discrete_map=ui.outlet_colours(shown),
            title=f"Mentions of the {len(leaders)} most mentioned actors, by outlet",
            labels={"mentions": "Mentions", "actor": "Actor", "outlet": "Outlet"},
            category_orders={"actor": [ui.chart_text(a) for a in leaders]}, height=140 + 28 * len(leaders),
        )
        ui.chart(figure, key="mentions_chart")
        ui.show_table(totals, name="actor_mentions", filters=filters, key="actor_mentions")

        st.subheader("Trend")
        per_day = ui.compute(mention_counts, mentions, articles, data=data, variant=kinds, by="day")
        per_day = per_day[per_day["actor"].isin(leaders[:6])]
        if per_day.empty:
            st.info("None of these mentions is in a dated article, so there is no trend to draw.")
        else:
            figure = px.line(ui.for_chart(per_day), x="day", y="mentions", color="actor", markers=True,
                             title="Mentions per publication day (six most mentioned actors)",
                             labels={"day": "Publication day", "mentions": "Mentions", "actor": "Actor"},
                             category_orders={"actor": [ui.chart_text(a) for a in leaders]})
            figure.update_yaxes(rangemode="tozero")
            ui.chart(figure, key="actor_trend_chart", days=per_day["day"])
            ui.show_table(per_day, name="actor_trend", filters=filters, key="actor_trend")

    if not mentions.empty:
        st.subheader("Who appears with whom")
        level = st.radio("Together in the same", ["article", "sentence"], horizontal=True, key="cooc_level")
        leaders = list(ui.compute(mention_counts, mentions, articles, data=data, variant=kinds)["actor"].head(top))
        if level == "sentence":  # only articles naming two of them matter: their texts alone are read
            named = mentions.loc[mentions["actor"].isin(leaders), ["article_id", "actor"]].drop_duplicates()
            both = named["article_id"].value_counts()
            articles = articles[articles["article_id"].isin(both.index[both >= 2])]
        pairs = ui.compute(cooccurrence, mentions, articles, data=data, texts=level == "sentence",
                           variant=f"kinds={sorted(chosen_types)} top={top}", level=level, actors=leaders)
        if pairs.empty:
            st.info(f"No two of the {len(leaders)} most mentioned actors appear in the same {level}.")
        else:
            matrix = (pd.concat([pairs, pairs.rename(columns={"actor_a": "actor_b", "actor_b": "actor_a"})])
                      .pivot_table(index="actor_a", columns="actor_b", values="n", aggfunc="sum", fill_value=0)
                      .reindex(index=leaders, columns=leaders, fill_value=0))
            figure = px.imshow(ui.for_chart(matrix), text_auto=True, zmin=0, color_continuous_scale="Blues",
                               aspect="auto",
                               title=f"{level.capitalize()}s in which two actors both appear",
                               labels={"x": "Actor", "y": "Actor", "color": f"{level.capitalize()}s"},
                               height=max(380, 220 + 30 * len(leaders)))
            figure.update_xaxes(tickangle=-40)
            ui.chart(figure, key="cooccurrence_chart")
            ui.show_table(pairs, name=f"actor_cooccurrence_{level}", filters=filters, key="actor_cooccurrence")
