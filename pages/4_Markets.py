"""Markets: the prices and moves the articles report, and each instrument across publication dates."""
from __future__ import annotations

import pandas as pd
import plotly.express as px
import streamlit as st

import ui
from analysis import views

data = ui.start_page("Markets", icon="📈", intro="Market side-notes: each level or move an article reports "
                     "(e.g. “Brent fell 2.3% to $75”), with the sentence it comes from.")


def note_table(notes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The market notes with their article's outlet, day and safe link, by date then instrument."""
    table = notes.merge(articles[["article_id", "outlet", "published", "url"]], on="article_id")
    table["url"] = views.safe_urls(table["url"])
    return table.sort_values(["published", "instrument"], na_position="last")


def instrument_choices(notes: pd.DataFrame) -> list[str]:
    return sorted(notes["instrument"].dropna().unique(), key=str.casefold)


def level_figure(levels: pd.DataFrame, instrument: str):
    """A scatter of the reported levels of `instrument` by publication day, coloured by outlet (the 10 with
    most notes; the others grey), one symbol per unit when the notes give more than one."""
    units = sorted(levels["unit"].dropna().astype(str).unique())
    unit = " / ".join(units) or "reported unit"
    shown = views.top_outlets_for_points(levels[["published", "value", "outlet", "unit", "sentence"]])
    figure = px.scatter(ui.for_chart(shown), x="published", y="value", color="outlet",
                        symbol="unit" if len(units) > 1 else None, color_discrete_map=ui.outlet_colours(shown),
                        title=f"{ui.chart_text(instrument)}: reported level by publication day",
                        hover_data=["sentence"], height=380,
                        labels={"published": "Publication day", "value": f"Level ({unit})", "outlet": "Outlet",
                                "unit": "Unit"})
    figure.update_traces(marker={"size": 9, "opacity": 0.8})
    return ui.other_outlets_underneath(figure)


def move_figure(moves: pd.DataFrame, instrument: str):
    """A scatter of the reported moves (%) of `instrument` by publication day around a zero line, coloured by
    outlet as `level_figure` colours them: one point per note, so days with many notes stay readable."""
    shown = views.top_outlets_for_points(moves[["published", "change_pct", "outlet", "sentence"]])
    figure = px.scatter(ui.for_chart(shown), x="published", y="change_pct", color="outlet",
                        color_discrete_map=ui.outlet_colours(shown),
                        title=f"{ui.chart_text(instrument)}: reported move by publication day", hover_data=["sentence"],
                        labels={"published": "Publication day", "change_pct": "Change (%)", "outlet": "Outlet"},
                        height=380)
    figure.update_traces(marker={"size": 9, "opacity": 0.8})
    figure.add_hline(y=0, line_width=1, line_color="#57606a")
    return ui.other_outlets_underneath(figure)


if ui.has_articles(data) and ui.has_rows(data, "market_notes", what="market notes"):
    articles, filters = data.filtered["articles"], data.filters
    notes = ui.compute(note_table, data.filtered["market_notes"], articles, data=data)
    instruments = ui.compute(instrument_choices, notes, data=data)
    chosen = st.selectbox("Instrument", instruments, key="market_instrument")
    one = notes[notes["instrument"] == chosen]
    dated = one.dropna(subset=["published"])
    if dated.empty:
        st.info(f"No note on {ui.plain(chosen)} comes from a dated article, so there is nothing to chart.")
    else:
        levels = dated.dropna(subset=["value"])
        if levels.empty:
            st.info("The notes on this instrument report moves only, no level.")
        else:
            figure = ui.compute(level_figure, levels, chosen, data=data, variant="the instrument's dated levels")
            ui.chart(figure, key="market_levels", days=levels["published"])
        moves = dated.dropna(subset=["change_pct"])
        if moves.empty:
            st.info("The notes on this instrument give no percentage move.")
        else:
            figure = ui.compute(move_figure, moves, chosen, data=data, variant="the instrument's dated moves")
            ui.chart(figure, key="market_moves", days=moves["published"])

    st.subheader(f"All market notes ({len(notes)})")
    shown = notes[["instrument", "value", "unit", "change_pct", "change_abs", "direction", "sentence", "outlet",
                   "published", "url"]]
    ui.show_table(shown, name="market_notes", filters=filters, key="market_notes", column_config={
        "sentence": st.column_config.TextColumn("Sentence", width="large"),
        "published": st.column_config.DateColumn("Published", format="YYYY-MM-DD"),
        "url": ui.link_column("Article"),
    })
