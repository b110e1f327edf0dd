"""Articles: the filtered list, and a reader view of one article with its quotes, actors and market notes marked."""
from __future__ import annotations

import html

import pandas as pd
import streamlit as st

import ui
from analysis import views
from analysis.query import article_texts

data = ui.start_page("Articles", icon="📄", intro="Every filtered article; pick one to read it with what the "
                     "analyses found in it highlighted.")

READER_CHOICES = 200  # the reader's choice lists at most this many articles (100,000 labels took seconds)



def article_listing(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles by date, then outlet and title, with safe links."""
    return articles.sort_values(["published", "outlet", "title"], na_position="last").assign(
        url=lambda f: views.safe_urls(f["url"]))


if ui.has_articles(data):
    articles, filters = data.filtered["articles"], data.filters
    listing = ui.compute(article_listing, articles, data=data)
    shown = listing[["title", "outlet", "published", "n_words", "duplicate_of", "url", "article_id"]].assign(
        outlet=lambda f: f["outlet"].astype("string").fillna(views.UNKNOWN_OUTLET))
    st.subheader(f"Articles ({len(shown)})")
    ui.show_table(shown, name="articles", filters=filters, key="articles", column_config={
        "title": st.column_config.TextColumn("Title", width="large"),
        "outlet": st.column_config.TextColumn("Outlet"),
        "published": st.column_config.DateColumn("Published", format="YYYY-MM-DD"),
        "n_words": st.column_config.NumberColumn("Words", format="%d"),
        "duplicate_of": st.column_config.TextColumn("Duplicate of", help="Id of the earlier article this one "
                                                    "mostly repeats (a syndicated copy)"),
        "url": ui.link_column("Link"),
        "article_id": st.column_config.TextColumn("Id"),
    })

    st.subheader("Reader")

    def label(article_id: str) -> str:
        row = by_id.loc[article_id]
        title = row["title"] or (" ".join(str(row["text"]).split()[:10]) + " …" if "text" in row.index else article_id)
        day = row["published"].strftime("%Y-%m-%d") if pd.notna(row["published"]) else "undated"
        return f"{title} — {row['outlet'] if pd.notna(row['outlet']) else views.UNKNOWN_OUTLET}, {day}"

    search = st.text_input("Find an article", key="reader_search",
                           placeholder="words in the title or the outlet's name")
    candidates = listing
    if search.strip():
        words = search.strip()
        candidates = listing[listing["title"].astype("string").str.contains(words, case=False, regex=False)
                             .fillna(False).astype(bool)
                             | listing["outlet"].astype("string").str.contains(words, case=False, regex=False)
                             .fillna(False).astype(bool)]
    ids = list(candidates["article_id"].head(READER_CHOICES))
    if not ids:
        st.info("No filtered article has these words in its title or outlet. Clear the search box.")
        st.stop()
    if len(candidates) > READER_CHOICES:
        st.caption(f"The first {READER_CHOICES} of {len(candidates):,} articles (by date); type in the search "
                   "box to find another.")
    by_id = candidates.head(READER_CHOICES).set_index("article_id")
    if st.session_state.get("reader_article") not in ids:
        st.session_state["reader_article"] = ids[0]
    chosen = st.selectbox("Article", ids, key="reader_article", format_func=label)
    article = by_id.loc[chosen]
    if "text" in by_id.columns:
        text = str(article["text"])
    else:  # a store loaded without its texts: read just this one
        text = article_texts(ui.store_dir(), [chosen]).get(chosen, "")

    marks = st.columns(3)
    show_quotes = marks[0].checkbox("Mark quotations", value=True, key="mark_quotes")
    show_actors = marks[1].checkbox("Mark actors", value=True, key="mark_actors")
    show_markets = marks[2].checkbox("Mark market notes", value=True, key="mark_markets")

    def rows_of(table: str) -> pd.DataFrame:
        frame = data.filtered[table]
        return frame[frame["article_id"] == chosen].sort_values("start")

    quotes, mentions, notes = rows_of("quotes"), rows_of("mentions"), rows_of("market_notes")
    spans = [
        pd.DataFrame({"start": quotes["start"], "end": quotes["end"], "kind": "quote",
                      "label": "Quote by " + quotes["speaker"].fillna("unknown speaker").astype(str)})
        if show_quotes else None,
        pd.DataFrame({"start": mentions["start"], "end": mentions["end"], "kind": "actor",
                      "label": mentions["actor"].astype(str) + " (" + mentions["actor_type"].astype(str) + ")"})
        if show_actors else None,
        pd.DataFrame({"start": notes["start"], "end": notes["end"], "kind": "market",
                      "label": notes["instrument"].astype(str)}) if show_markets else None,
    ]
    spans = [s for s in spans if s is not None and not s.empty]
    highlights = (pd.concat(spans, ignore_index=True) if spans
                  else pd.DataFrame(columns=["start", "end", "kind", "label"]))

    day = article["published"].strftime("%d %B %Y") if pd.notna(article["published"]) else "date unknown"
    outlet = article["outlet"] if pd.notna(article["outlet"]) else "outlet unknown"
    link = views.safe_url(article["url"])
    link_html = (f' · <a href="{html.escape(link, quote=True)}" target="_blank" rel="noopener noreferrer">'
                 "original</a>" if link else "")
    legend = " ".join(f'<mark style="{style}">{kind}</mark>' for kind, style in views.HIGHLIGHT_STYLES.items())
    st.html(
        '<div class="reader" style="border:1px solid #d0d7de;border-radius:8px;padding:1rem 1.25rem;">'
        f'<h3 style="margin-top:0;">{html.escape(article["title"] or "(untitled)")}</h3>'
        f'<p style="color:#57606a;">{html.escape(str(outlet))} · {html.escape(day)} · {int(article["n_words"])} words'
        f'{link_html}<br>Marked: {legend}</p>'
        + views.article_html(text, highlights) + "</div>"
    )

    tabs = st.tabs([f"Quotes ({len(quotes)})", f"Actors ({mentions['actor'].nunique()})",
                    f"Market notes ({len(notes)})"])
    with tabs[0]:
        if data.tables["quotes"].empty:
            ui.not_available("quotations")
        elif quotes.empty:
            st.info("No quotation was found in this article.")
        else:
            ui.show_table(quotes.drop(columns=["article_id"]), name=f"quotes_{chosen}", filters=filters,
                          key="reader_quotes", column_config={"quote": st.column_config.TextColumn(width="large")})
    with tabs[1]:
        if data.tables["mentions"].empty:
            ui.not_available("actor mentions")
        elif mentions.empty:
            st.info("No known actor is named in this article.")
        else:
            actors = (mentions.groupby(["actor", "actor_type"]).size().rename("mentions").reset_index()
                      .sort_values(["mentions", "actor"], ascending=[False, True]))
            ui.show_table(actors, name=f"actors_{chosen}", filters=filters, key="reader_actors")
    with tabs[2]:
        if data.tables["market_notes"].empty:
            ui.not_available("market notes")
        elif notes.empty:
            st.info("This article reports no market level or move.")
        else:
            ui.show_table(notes.drop(columns=["article_id"]), name=f"market_notes_{chosen}", filters=filters,
                          key="reader_notes", column_config={"sentence": st.column_config.TextColumn(width="large")})
