"""Add articles: upload files, paste text with its metadata, or give links and feeds; the store is updated."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

import ui
from analysis import views
from analysis.ingest.sources import KIND_BY_SUFFIX
from analysis.pipeline import build

data = ui.start_page("Add articles", icon="➕", intro="New articles are read, checked for duplicates, analysed and "
                     "added to the store; every page then shows them.")
MAX_UPLOAD_BYTES = st.get_option("server.maxUploadSize") * 1024 * 1024
SUFFIXES = sorted(KIND_BY_SUFFIX)
_RESULT = "add_articles_result"
_UPLOADER_ROUND = "add_articles_uploader_round"


def run_build(inputs: list[Path | str], *, staged: list[views.StagedUpload] = (), fetch_links: bool = False,
              refused: list[tuple[str, str]] = ()) -> None:
    """Build `inputs` into the store with a progress bar, remember the outcome, and rerun so every count is fresh."""
    bar = st.progress(0.0, text="Starting…")

    def progress(done: int, total: int, stage: str) -> None:
        bar.progress(min(done / max(total, 1), 1.0), text=f"{stage.capitalize()}: {done} of {total}")

    labels = {s.path: s.name for s in staged if s.path is not None}
    summary = build(inputs, ui.store_dir(), progress=progress, fetch_links=fetch_links, labels=labels)
    bar.progress(1.0, text="Done")
    ui.clear_store_cache()
    rejected = [*refused, *((r.source, r.reason) for r in (*summary.rejected, *summary.analysis_errors))]
    notes = [(r.source, r.reason) for r in summary.notes]
    st.session_state[_RESULT] = {"read": summary.read, "added": summary.added,
                                 "already_present": summary.already_present, "duplicates": summary.duplicates,
                                 "unchanged": summary.unchanged_inputs, "rejected": rejected, "notes": notes}
    st.session_state[_UPLOADER_ROUND] = st.session_state.get(_UPLOADER_ROUND, 0) + 1
    st.rerun()


result = st.session_state.get(_RESULT)
if result:
    st.success(f"{result['added']} article(s) added, {result['already_present']} already in the store, "
               f"{result['duplicates']} of the added are near copies of an earlier article; "
               f"{len(result['rejected'])} input(s) rejected. The store now holds {len(data.tables['articles'])} "
               "articles.", icon=":material/task_alt:")
    if result["unchanged"]:
        st.caption(f"{result['unchanged']} input(s) were skipped: the store had already read them unchanged.")
    if result["rejected"]:
        st.write("Rejected, and why:")
        st.dataframe(pd.DataFrame(result["rejected"], columns=["input", "reason"]), hide_index=True, width="stretch")
    if result.get("notes"):
        st.write("Added, with a note:")
        st.dataframe(pd.DataFrame(result["notes"], columns=["input", "note"]), hide_index=True, width="stretch")

upload_tab, paste_tab, link_tab = st.tabs(["Upload files", "Paste text", "Links and feeds"])

with upload_tab:
    files = st.file_uploader(
        "Article files", type=[s.lstrip(".") for s in SUFFIXES], accept_multiple_files=True,
        key=f"upload_files_{st.session_state.get(_UPLOADER_ROUND, 0)}",
        help=f"Plain text, Markdown, HTML, CSV/JSONL/JSON collections (a `text` column) or RSS/Atom feeds; "
             f"up to {MAX_UPLOAD_BYTES // (1024 * 1024)} MB each.")
    if st.button("Add these files", type="primary", disabled=not files, key="add_files"):
        with tempfile.TemporaryDirectory(prefix="news-upload-") as folder:
            staged = views.stage_uploads(((f.name, f.getvalue()) for f in files), Path(folder),
                                         accepted_suffixes=SUFFIXES, max_bytes=MAX_UPLOAD_BYTES)
            refused = [(s.name, s.reason) for s in staged if s.path is None]
            run_build([s.path for s in staged if s.path is not None], staged=staged, refused=refused)

with paste_tab:
    with st.form("paste_article", clear_on_submit=True):
        text = st.text_area("Article text", height=220, placeholder="Paste the article's text here")
        left, right = st.columns(2)
        title = left.text_input("Title")
        outlet = right.text_input("Outlet", placeholder="e.g. The New York Sun")
        published = left.date_input("Published", value=None, min_value=views.DATE_MIN, max_value=views.DATE_MAX,
                                    format="YYYY-MM-DD", help="Leave empty when unknown; nothing is guessed.")
        url = right.text_input("Link to the original (optional)", placeholder="https://…")
        submitted = st.form_submit_button("Add this article", type="primary")
    if submitted:
        if not text.strip():
            st.error("Paste the article's text first: the text box is empty.")
        else:
            with tempfile.TemporaryDirectory(prefix="news-paste-") as folder:
                path = Path(folder) / "pasted.jsonl"
                path.write_text(views.pasted_article_jsonl(text=text, title=title, outlet=outlet,
                                                           published=published, url=url), encoding="utf-8")
                run_build([path], staged=[views.StagedUpload("pasted text", path)])

with link_tab:
    with st.form("add_links"):
        lines = st.text_area("Article or feed addresses, one per line", height=140,
                             placeholder="https://example.com/news/story.html\nhttps://example.com/feed.xml")
        fetch_links = st.checkbox("For feeds, also fetch each linked article (slower)")
        submitted = st.form_submit_button("Fetch and add", type="primary")
    if submitted:
        urls = [line.strip() for line in lines.splitlines() if line.strip()]
        if not urls:
            st.error("Give at least one address starting with http:// or https://.")
        else:
            run_build(urls, fetch_links=fetch_links)
