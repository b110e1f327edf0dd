"""Blind evaluation of the actors, quotes and markets stages against the issue thresholds.

The sets were collected and labelled by hand after the stages were built, committed before any stage ran on
them, and scored once (2026-11-22); nothing in `analysis/` was changed for them. Figures of that run:

| stage | figure | blind | threshold |
| --- | --- | --- | --- |
| actors | person recall | 0.863 (63/73) | >= 0.9 |
| actors | person precision | 0.900 (63/70) | >= 0.9 |
| quotes | direct-quote recall | 0.680 (34/50) | >= 0.9 |
| quotes | speaker right, of those found | 0.765 (26/34) | >= 0.9 |
| markets | moves right | 0.655 (19/29) | >= 0.9 |
| markets | noted without a move | 0.000 (0/25) | <= 0.05 |

A second blind set (`actors_blind2/`, `quotes/quotes_blind2.jsonl`, `markets/markets_blind2.csv`; Wikinews
2005-2011, labelled by a second evaluator before any stage ran on it, kept outside the repository while the
stages were improved on the first set) was scored once after those improvements (2026-11-22):

| stage | figure | second blind | threshold |
| --- | --- | --- | --- |
| actors | person recall | 0.794 (54/68) | >= 0.9 |
| actors | person precision | 0.900 (54/60) | >= 0.9 |
| quotes | direct-quote recall | 0.958 (68/71) | >= 0.9 |
| quotes | speaker right, of those found | 0.559 (38/68) | >= 0.9 |
| markets | moves right | 0.414 (12/29) | >= 0.9 |
| markets | noted without a move | 0.000 (0/20) | <= 0.05 |
| markets | moves right, after round 2 (set no longer blind) | 0.931 (27/29) | >= 0.9 |
| actors | person recall, after round 2 (set no longer blind) | 0.926 (63/68) | >= 0.9 |
| actors | person precision, after round 2 (set no longer blind) | 1.000 (63/63) | >= 0.9 |
| quotes | speaker right, after round 3 (set no longer blind) | 0.913 (63/69) | >= 0.9 |

A third blind set (`actors_blind3/`, `quotes/quotes_blind3.jsonl`, `markets/markets_blind3.csv`; Wikinews,
another part of the same corpus, entertainment and business news) was labelled by a third evaluator,
kept outside the repository, and scored once against the stages as they stood after the rounds above
(2026-11-22):

| stage | figure | third blind | threshold |
| --- | --- | --- | --- |
| actors | person recall | 0.930 (66/71) | >= 0.9 |
| actors | person precision | 0.930 (66/71) | >= 0.9 |
| quotes | direct-quote recall | 0.968 (30/31) | >= 0.9 |
| quotes | speaker right, of those found | 0.833 (25/30) | >= 0.9 |
| markets | moves right | 0.467 (14/30) | >= 0.9 |
| markets | noted without a move | 0.000 (0/15) | <= 0.05 |
| markets | moves right, after round 3 (set no longer blind) | 0.967 (29/30) | >= 0.9 |
| quotes | speaker right, after round 4 (set no longer blind) | 1.000 (30/30) | >= 0.9 |

A fourth blind set (`actors_blind4/`, `quotes/quotes_blind4.jsonl`, `markets/markets_blind4.csv`; Wikinews
politics and business news from unused parts of the same corpus) was labelled by a fourth evaluator
outside the repository and scored once against the stages after every round above (2026-11-22). It is
the truest measure of how the stages do on news they have not seen; nothing has been tuned on it:

| stage | figure | fourth blind | threshold |
| --- | --- | --- | --- |
| actors | person recall | 0.920 (46/50) | >= 0.9 |
| actors | person precision | 0.902 (46/51) | >= 0.9 |
| quotes | direct-quote recall | 1.000 (64/64) | >= 0.9 |
| quotes | speaker right, of those found | 0.656 (42/64) | >= 0.9 |
| markets | moves right | 0.600 (15/25) | >= 0.9 |
| markets | noted without a move | 0.000 (0/15) | <= 0.05 |

The fourth set's shortfalls were then worked on (round 5 of the quote attribution rules, a general grammar of
instrument and move phrases for market notes): speaker right 0.656 -> 0.969 (62/64), moves right 0.600 -> 1.000.
A fifth blind set (`quotes/quotes_blind5.jsonl`, `markets/markets_blind5.csv`; Wikinews entertainment, politics,
sport and science articles and the business rows after the fourth set's, labelled by a fifth evaluator outside
the repository) was then scored once (2026-11-22); it has no actors part:

| stage | figure | fifth blind | threshold |
| --- | --- | --- | --- |
| quotes | direct-quote recall | 0.939 (77/82) | >= 0.9 |
| quotes | speaker right, of those found | 0.740 (57/77) | >= 0.9 |
| quotes | non-speech kept out | 0.750 | |
| markets | moves right | 0.611 (22/36) | >= 0.9 |
| markets | noted without a move | 0.000 (0/24) | <= 0.05 |

The fifth set's shortfalls were then worked on (names the actors stage misses taken from the attribution clause,
descriptions and pronouns; a recall layer of instrument candidates and direction cues for market notes): speaker right
0.740 -> 0.974, moves right 0.611 -> 0.972. A sixth blind set (`quotes/quotes_blind6.jsonl`: 21 Wikinews
entertainment, politics, sport and science articles; `markets/markets_blind6.csv`: the Wikinews corpus's last 7
business sentences with a move and 34 from Reuters-21578 newswire stories of 1987, licensed for research use) was
labelled by two more evaluators outside the repository and scored once (2026-11-22):

| stage | figure | sixth blind | threshold |
| --- | --- | --- | --- |
| quotes | direct-quote recall | 0.988 (80/81) | >= 0.9 |
| quotes | speaker right, of those found | 0.787 (63/80) | >= 0.9 |
| quotes | non-speech kept out | 0.769 | |
| markets | moves right | 0.585 (24/41) | >= 0.9 |
| markets | noted without a move | 0.057 (2/35) | <= 0.05 |

Twelve of the sixth set's seventeen wrong speakers are in one article, an interview written up as prose whose
quotations mostly carry no attribution of their own.

The sixth set's shortfalls were then worked on (quotations in an article centred on one person, anonymous "one",
bodies as "they"; wire-style share prices in dollars, cents and eighths, words pointing back to a named commodity):
speaker right 0.787 -> 0.938, moves right 0.585 -> 0.829, noted without a move 0.057 -> 0.000. A seventh blind set
(`quotes/quotes_blind7.jsonl`: 25 Wikinews articles; `markets/markets_blind7.csv`: Reuters-21578 stories 1001-1685
of March 1987, research use only) was labelled by two more evaluators outside the repository and scored once
(2026-11-22):

| stage | figure | seventh blind | threshold |
| --- | --- | --- | --- |
| quotes | direct-quote recall | 0.977 (84/86) | >= 0.9 |
| quotes | speaker right, of those found | 0.738 (62/84) | >= 0.9 |
| quotes | non-speech kept out | 0.682 | |
| markets | moves right | 0.675 (27/40) | >= 0.9 |
| markets | noted without a move | 0.000 (0/25) | <= 0.05 |

Seven blind sets in a row, each scored once before its misses were worked on, give the stages' true standing on
news they have not seen: speaker right 0.765, 0.559, 0.833, 0.656, 0.740, 0.787, 0.738 (threshold 0.9); market
moves right 0.655, 0.414, 0.467, 0.600, 0.611, 0.585, 0.675 (threshold 0.9); quote recall and "noted without a
move" meet their thresholds on all but one first score (the sixth set's 0.057).

The quote stage then gained a dependency parse of each quotation's sentence (spaCy's small English pipeline:
the speech verb governing the quotation and its subject), combined with the rules (round 8). An eighth blind
set (`quotes/quotes_blind8.jsonl`: 26 Wikinews articles from parts of the corpus no earlier set used, labelled
by another evaluator outside the repository) was then scored once (2026-11-22):

| stage | figure | eighth blind | threshold |
| --- | --- | --- | --- |
| quotes | direct-quote recall | 0.989 (87/88) | >= 0.9 |
| quotes | speaker right, of those found | 0.816 (71/87) | >= 0.9 |
| quotes | speaker right, rules alone (`parse=False`), same run | 0.770 (67/87) | >= 0.9 |
| quotes | non-speech kept out | 0.750 | |

The market notes' round 8 (wire stocks without a share word, government bond and bill prices, moves told in
passing, 1987-era currencies and wire index names) took the seventh set from 0.675 to 0.875. The eighth set's
markets part (`markets/markets_blind8.csv`: Reuters-21578 stories 1686-2000 and 3001-3030, research use only)
was then scored once (2026-11-22):

| stage | figure | eighth blind | threshold |
| --- | --- | --- | --- |
| markets | moves right | 0.500 (20/40) | >= 0.9 |
| markets | noted without a move | 0.040 (1/25) | <= 0.05 |

Round 9 of the quote rules then worked on the eighth set's misses (shared surnames, "“…,” Said X", names of
bodies over "for"/"of", statements, participles; the plainest attributions left unparsed, a quarter off the
stage's cost), taking it to 0.989 and the seventh to 0.929. A ninth blind set (`quotes/quotes_blind9.jsonl`: 33
Wikinews articles from unused parts of the corpus, labelled by another evaluator outside the repository) was then
scored once (2026-11-22):

| stage | figure | ninth blind | threshold |
| --- | --- | --- | --- |
| quotes | direct-quote recall | 0.980 (96/98) | >= 0.9 |
| quotes | speaker right, of those found | 0.823 (79/96) | >= 0.9 |
| quotes | speaker right, rules alone (`parse=False`), same run | 0.792 (76/96) | >= 0.9 |
| quotes | non-speech kept out | 0.875 | |

Round 9 of the market notes (tickers in angle brackets, relative clauses and lists of wire stocks, a level
compared with an earlier one, devaluations, bond futures) took the eighth set to 0.825 / 0.000. The ninth
set's markets part (`markets/markets_blind9.csv`: Reuters-21578 stories 3031-3157, 21001-21076 and
20001-20046, half of its moves from the October 1987 crash; research use only) was then scored once
(2026-11-22):

| stage | figure | ninth blind | threshold |
| --- | --- | --- | --- |
| markets | moves right | 0.375 (15/40) | >= 0.9 |
| markets | noted without a move | 0.000 (0/25) | <= 0.05 |

Round 10 then worked on the ninth set: for quotes, pronouns after a sentence about a person's words,
"the teenager"/"the congressman" following back the speaker quoted just before, statements that "read",
"the Senator for Vermont" (ninth set 0.823 -> 0.938); for market notes, markets named by their city
(`data/market_places.csv`), indices named after their exchange, gilts, share prices in pence, "hardly moved",
"came under pressure" (ninth set 0.375 -> 0.625). A tenth blind set (`quotes/quotes_blind10.jsonl`: 31
Wikinews articles; `markets/markets_blind10.csv`: Reuters-21578 stories 20047-20509 of October 1987, research
use only) was labelled by two more evaluators outside the repository and scored once (2026-11-22):

| stage | figure | tenth blind | threshold |
| --- | --- | --- | --- |
| quotes | direct-quote recall | 0.982 (107/109) | >= 0.9 |
| quotes | speaker right, of those found | 0.850 (91/107) | >= 0.9 |
| quotes | speaker right, rules alone (`parse=False`), same run | 0.785 (84/107) | >= 0.9 |
| quotes | non-speech kept out | 0.840 | |
| markets | moves right | 0.350 (14/40) | >= 0.9 |
| markets | moves right, counting a note whose instrument the label names by another of its listed aliases ("Nikkei 225" for "Nikkei") | 0.475 (19/40) | |
| markets | noted without a move | 0.040 (1/25) | <= 0.05 |

Round 11 of the quote rules then worked on the tenth set (a country before a title read as a speech verb,
body names over "and", a speech verb inside a relative clause; tenth set 0.850 -> 0.897). An eleventh blind
set (`quotes/quotes_blind11.jsonl`: 35 Wikinews articles, mostly sport and entertainment, from pages no earlier
set used; labelled by another evaluator outside the repository) was scored once (2026-11-22); it has no markets
part:

| stage | figure | eleventh blind | threshold |
| --- | --- | --- | --- |
| quotes | direct-quote recall | 0.944 (85/90) | >= 0.9 |
| quotes | speaker right, of those found | 0.776 (66/85) | >= 0.9 |
| quotes | speaker right, rules alone (`parse=False`), same run | 0.753 (64/85) | >= 0.9 |
| quotes | non-speech kept out | 0.938 | |

Round 11 of the market notes then added a parse layer (`analysis/market_parse.py`: spaCy's parse of a sentence
with more move words than notes; the subject, owner or object of each move word is a market when it is listed, a
place's market, an index named as written, prices of a thing, or a company's shares; tenth set 0.350 -> 0.550,
0.800 naming the instrument by any listed alias). The eleventh set's markets part (`markets/markets_blind11.csv`:
Reuters-21578 stories 3158-3490 of March 1987, commodities and currencies, research use only) and a twelfth
quotes set (`quotes/quotes_blind12.jsonl`: 35 Wikinews articles, 11 of them politics, from pages no earlier set
used) were labelled by two more evaluators outside the repository and scored once (2026-11-22):

| stage | figure | blind | threshold |
| --- | --- | --- | --- |
| markets (eleventh) | moves right | 0.775 (31/40) | >= 0.9 |
| markets (eleventh) | moves right, instrument by any listed alias | 0.775 | |
| markets (eleventh) | moves right, rules alone (`parsed=False`), same run | 0.750 (30/40) | |
| markets (eleventh) | noted without a move | 0.000 (0/25) | <= 0.05 |
| quotes (twelfth) | direct-quote recall | 0.993 (134/135) | >= 0.9 |
| quotes (twelfth) | speaker right, of those found | 0.828 (111/134) | >= 0.9 |
| quotes (twelfth) | speaker right, rules alone (`parse=False`), same run | 0.774 (103/133) | |
| quotes (twelfth) | non-speech kept out | 0.538 | |

Round 12 of the market notes worked on the eleventh set (a share class before "shares", a state hanging on the
level, "sterling's uptrend", the later of two moves, a company before a wire share price; 0.775 -> 0.875). The
twelfth set's markets part (`markets/markets_blind12.csv`: Reuters-21578 stories 3491-3864, sterling and crude oil
above all, research use only), labelled outside the repository, was then scored once (2026-11-22):

| stage | figure | twelfth blind | threshold |
| --- | --- | --- | --- |
| markets | moves right | 0.675 (27/40) | >= 0.9 |
| markets | moves right, instrument by any listed alias | 0.675 | |
| markets | moves right, rules alone (`parsed=False`), same run | 0.625 (25/40) | |
| markets | noted without a move | 0.000 (0/25) | <= 0.05 |

Round 12 of the quote rules then worked on the eleventh and twelfth sets (a speech verb in -s read as a plural noun
after a body's name, a role taken for a name giving way to the person in apposition, a title before the person who
opens an apposition chain, "with X calling it", an uncued quotation before "X told MTI: “…”", a place before a given
name and surname as part of the title; eleventh 0.776 -> 0.824, twelfth 0.843 -> 0.888). A thirteenth quotes set
(`quotes/quotes_blind13.jsonl`: 35 Wikinews articles, politics, sport, entertainment and science, from pages no
earlier set used) was labelled outside the repository and scored once (2026-11-22):

| stage | figure | thirteenth blind | threshold |
| --- | --- | --- | --- |
| quotes | direct-quote recall | 0.876 (99/113) | >= 0.9 |
| quotes | speaker right, of those found | 0.828 (82/99) | >= 0.9 |
| quotes | speaker right, rules alone (`parse=False`), same run | 0.768 (76/99) | |
| quotes | non-speech kept out | 0.654 | |

Round 13 of the market notes worked on the twelfth set ("prices" on a named bond market, the price of a thing, a
bare commodity with a change in per cent, shares of a company behind an adjective, eighths as a level before the
move, a company with its legal form; 0.675 -> 0.825). The thirteenth set's markets part
(`markets/markets_blind13.csv`: Reuters-21578 stories 3865-4000 of March 1987 and 20510-20860 of October 1987,
research use only), labelled outside the repository, was then scored once (2026-11-22):

| stage | figure | thirteenth blind | threshold |
| --- | --- | --- | --- |
| markets | moves right | 0.725 (29/40) | >= 0.9 |
| markets | moves right, instrument by any listed alias | 0.800 | |
| markets | moves right, rules alone (`parsed=False`), same run | 0.775 by alias (31/40) | |
| markets | noted without a move | 0.000 (0/25) | <= 0.05 |

Round 13 of the quote rules then worked on the thirteenth set (fragments joined by "and" share one attribution, a
role and its body after the person who opens the chain, participial asides before the verb; 0.838 -> 0.860). A
fourteenth quotes set (`quotes/quotes_blind14.jsonl`: 35 Wikinews articles, 30 of them entertainment, from pages no
earlier set used) was labelled outside the repository and scored once (2026-11-22):

| stage | figure | fourteenth blind | threshold |
| --- | --- | --- | --- |
| quotes | direct-quote recall | 0.922 (106/115) | >= 0.9 |
| quotes | speaker right, of those found | 0.755 (80/106) | >= 0.9 |
| quotes | speaker right, rules alone (`parse=False`), same run | 0.651 (69/106) | |
| quotes | non-speech kept out | 0.838 | |

The market notes' round 14 ("continued under pressure", a move noun's compound words; thirteenth set 0.800 -> 0.875
by alias) was followed by the fourteenth set's markets part (`markets/markets_blind14.csv`: Reuters-21578 stories
20861-21000, the end of the file, so 30 sentences with a move instead of 40; research use only), labelled outside the
repository and scored once (2026-11-22):

| stage | figure | fourteenth blind | threshold |
| --- | --- | --- | --- |
| markets | moves right | 0.800 (24/30) | >= 0.9 |
| markets | moves right, instrument by any listed alias | 0.833 | |
| markets | moves right, rules alone (`parsed=False`), same run | 0.767 by alias (23/30) | |
| markets | noted without a move | 0.040 (1/25) | <= 0.05 |

A fifteenth set was then labelled by two more evaluators outside the repository and scored once (2026-11-22): its
quotes part (`quotes/quotes_blind15.jsonl`: 38 Wikinews articles, sport and politics, from the corpus's last unused
pages) after quote round 14 ("Name:“…”" list items, "President-elect X", "and" inside a body's name before a title),
its markets part (`markets/markets_blind15.csv`: a new domain, the Financial PhraseBank's sentences of Nordic
company news of the 2000s, CC BY-NC-SA 3.0, non-commercial) after market round 14 (a ticker names a stock,
"correction"):

| stage | figure | fifteenth blind | threshold |
| --- | --- | --- | --- |
| quotes | direct-quote recall | 0.948 (109/115) | >= 0.9 |
| quotes | speaker right, of those found | 0.798 (87/109) | >= 0.9 |
| quotes | speaker right, rules alone (`parse=False`), same run | 0.771 (84/109) | |
| markets | moves right | 0.400 (16/40) | >= 0.9 |
| markets | moves right, rules alone (`parsed=False`), same run | 0.400 (16/40) | |
| markets | noted without a move | 0.000 (0/25) | <= 0.05 |

The markets figure shows a new domain's cost: the data file listed "OMX Helsinki" as an alias of OMX Helsinki 25
(they are two indices, and 12 of its 69 labelled moves are theirs), and Nordic wire names carry legal forms,
tickers and share classes ("Konecranes Oyj KCR1V FH", "Stora Enso R"). Round 15 (the two OMX Helsinki indices and
their Stockholm and Copenhagen counterparts apart in the data, wire names cleaned, a change in per cent with a level
in euros or kronor names a stock) takes it to 0.650 and the seventh set to 0.900.

A sixteenth set followed (2026-11-22). Its markets part (`markets/markets_blind16.csv`: the Financial PhraseBank
again, an earlier stretch of the file: only 8 sentences with a move in it, 25 without), scored once after round 15:
0.375 (3/8) moves right, 0.040 (1/25) noted without a move (a "sales gain of some 3.1 mln euro" read as the euro's
rise); round 16 (an amount after "of" is no instrument, "the price for logs", "has gone up", "improved") gives
0.625 / 0.000. Its quotes part, 18 BBC News politics articles of 2004-2005 (Greene and Cunningham's dataset; the
articles' rights are the BBC's, so the set is kept outside the repository and is not in `SETS`), was scored once after
quote round 15: recall 0.971 (100/103), speaker right 0.830 (83/100), rules alone 0.808 (80/99).

A seventeenth set came from the same BBC dataset and was kept outside the repository too (2026-11-22): 15 politics
articles, whose quotations running over several paragraphs were labelled part by part, scored once after the royal
and "Scottish Executive" fixes: recall 0.862 (112/130; the parts of quotations whose paragraph breaks this copy of
the dataset lost are found as one), speaker right 0.875 (98/112), rules alone 0.848; and 40 business sentences with
a move and 25 without, scored once after market round 16: moves right 0.575 (23/40), 0.600 by alias, noted without
a move 0.080 (2/25; both false notes from the pattern rules, profits and a blamed "high fuel prices").

Sets 18 to 32 came from the same BBC dataset and were kept outside the repository as well (2026-11-22): politics
articles for the quotes, 15 a set (sets 25 and 28 technology, 26, 27, 29 and 31 entertainment, 30 and 32 sport), labelled part by part as set 17; business sentences for the markets, 40 with a
move and 25 without (set 23: 34 with a move, the folder's end; set 24 has no markets part), each labelled by its
own evaluator and scored once
after the rounds that the sets before it prompted (`tests/test_quotes_round18.py`, `tests/test_markets_round18.py`):

| set | quote recall | speaker right (rules alone) | market moves right (by alias) | noted without a move |
| --- | --- | --- | --- | --- |
| 18 | 0.972 | 0.857 (0.848) | 0.750 (0.750) | 0.040 |
| 19 | 0.929 | 0.752 (0.721) | 0.600 (0.650) | 0.000 |
| 20 | 0.953 | 0.803 (0.795) | 0.725 (0.725) | 0.000 |
| 21 | 0.928 | 0.854 (0.864) | 0.775 (0.775) | 0.000 |
| 22 | 0.957 | 0.892 (0.865) | 0.700 (0.725) | 0.000 |
| 23 | 0.955 | 0.943 (0.914) | 0.735 of 34 (0.735) | 0.000 |
| 24 | 0.955 | 0.849 (0.800) | | |
| 25 (technology) | 0.970 | 0.831 (0.769) | | |
| 26 (entertainment) | 1.000 | 0.741 (0.704) | | |
| 27 (entertainment) | 0.968 | 0.833 (0.805) | | |
| 28 (technology) | 0.956 | 0.917 (0.907) | | |
| 29 (entertainment) | 0.960 | 0.825 (0.825) | | |
| 30 (sport) | 1.000 | 0.913 (0.942) | | |
| 31 (entertainment) | 1.000 | 0.800 (0.787) | | |
| 32 (sport) | 0.991 | 0.836 (0.682) | | |

Sets 33 to 40 (quotes) came from the same BBC dataset, kept outside the repository likewise (2026-11-22: technology,
except 34 sport and 36 politics and sport), and set 41 from Reuters politics articles of December 2017 (the ISOT
dataset's true-news file, Reuters' copyright, kept outside the repository), each scored once after the rounds the sets before it prompted
(`tests/test_quotes_round27.py`). Sets 24 to 36 (markets) came from a new source, the AG News test set (2004 wire copy
of Reuters, AP, AFP and others; no licence stated, kept outside the repository), 40 sentences with a move and 25
without each (33 and 34: 41; 35: 29, the file's end; 36: 35), scored once after the rounds before them
(`tests/test_markets_round24.py`):

| set | quote recall | speaker right (rules alone) | set | market moves right (by alias) | noted without a move |
| --- | --- | --- | --- | --- | --- |
| 33 | 0.971 | 0.911 (0.871) | 24 | 0.675 (0.675) | 0.080 |
| 34 | 0.991 | 0.981 (0.991) | 25 | 0.675 (0.700) | 0.000 |
| 35 | 0.972 | 0.865 (0.827) | 26 | 0.525 (0.675) | 0.000 |
| 36 | 1.000 | 0.857 (0.857) | 27 | 0.600 (0.625) | 0.040 |
| 37 | 0.990 | 0.960 (0.921) | 28 | 0.475 (0.525) | 0.040 |
| 38 | 0.990 | 0.861 (0.842) | 29 | 0.550 (0.575) | 0.000 |
| 39 | 0.970 | 0.866 (0.844) | 30 | 0.675 (0.700) | 0.080 |
| 40 | 1.000 | 0.878 (0.866) | 31 | 0.775 (0.775) | 0.000 |
| 41 | 0.976 | 0.843 (0.768) | | | |
| | | | 32 | 0.575 (0.625) | 0.040 |
| | | | 33 | 0.707 (0.707) | 0.040 |
| | | | 34 | 0.659 (0.659) | 0.000 |
| | | | 35 | 0.690 of 29 (0.690) | 0.000 |
| | | | 36 | 0.657 of 35 (0.657) | 0.000 |

Pooled over quotes sets 33 to 41, 788 of 882 speakers found were right (0.893); three of the nine sets reach 0.9.

Sets 42 to 54 (quotes) came from later stretches of the same Reuters file (48-54 from another copy of it), and sets
37 to 47 (markets; 43 found no business rows and was not scored) from three files of 2020 news (Reuters headlines
with descriptions, CNBC, the Guardian), the AG News train file (41, 44, 46, 47) and the UCI News Aggregator's 2014
headlines (42, 45); no licence stated, kept outside the repository.
Each was scored once with the code as committed when it arrived (`tests/test_quotes_round34.py`,
`tests/test_markets_round32.py`):

| set | quote recall | speaker right (rules alone) | set | market moves right (by alias) | noted without a move |
| --- | --- | --- | --- | --- | --- |
| 42 | 1.000 | 0.864 (0.807) | 37 (Reuters) | 0.824 of 34 | 0.000 |
| 43 | 0.989 | 0.682 (0.591) | 38 (Reuters) | 0.656 of 32 | 0.040 |
| 44 | 0.978 | 0.920 (0.862) | 39 (CNBC) | 0.444 of 18 | 0.000 |
| 45 | 0.979 | 0.979 (0.894), 47 found | 40 (Guardian) | 0.750 of 8 | 0.000 |
| 46 | 0.986 | 0.795 (0.753) | 41 (AG train) | 0.652 of 46 (0.696) | 0.000 |
| 47 | 0.969 | 0.903 (0.911) | 42 (UCI 2014) | 0.692 of 39 | 0.000 |
| 48 | 1.000 | 0.790 (0.724) | 44 (AG train) | 0.651 of 43 | 0.080 |
| 49 | 0.966 | 0.798 (0.759) | 45 (UCI 2014) | 0.580 of 50 | 0.040 |
| 50 | 1.000 | 0.898 (0.885) | 46 (AG train) | 0.775 of 40 | 0.000 |
| 51 | 0.989 | 0.885 (0.862) | 47 (AG train) | 0.850 of 40 | 0.080 |
| 52 | 0.989 | 0.864 (0.852) | | | |
| 53 | 0.945 | 0.860 (0.821) | | | |
| 54 | 0.989 | 0.831 (0.798) | | | |

Pooled over quotes sets 33 to 54, 1,722 of 1,985 speakers found were right (0.868); six of the twenty-two reach 0.9.

From quotes set 55 on, `attribution_scores` compares speakers without a leading article ("spokesman" and "the
spokesman" are one answer); the figures above keep the exact match they were scored with. Sets 55-66 (Reuters
politics, 2017) and market sets 48-54 (AG News train 2004, UCI aggregator 2014, partner-site headlines 2009-2020),
first scores (quotes: speaker right with the article ignored, exact in brackets; markets: moves right by alias):

| quotes set | recall | speaker right | markets set | moves right | noted without a move |
| --- | --- | --- | --- | --- | --- |
| 55 | 0.989 | 0.880 (0.837) | 48 (AG train) | 0.878 of 49 | 0.000 |
| 56 | 0.966 | 0.929 (0.893) | 49 (UCI 2014) | 0.583 of 48 | 0.040 |
| 57 | 1.000 | 0.809 (0.787) | 50 (AG train) | 0.792 of 24 | 0.040 |
| 58 | 0.989 | 0.884 (0.884) | 51 (partner headlines) | 0.222 of 36 | 0.000 |
| 59 | 1.000 | 0.795 (0.716) | 52 (UCI 2014) | 0.300 of 20 | 0.000 |
| 60 | 0.989 | 0.895 (0.895) | 53 (partner headlines) | 0.380 of 50 | 0.040 |
| 61 | 1.000 | 0.930 (0.919) | 54 (partner headlines) | 0.800 of 40 | 0.000 |
| 62 | 0.989 | 0.885 (0.816) | | | |
| 63 | 0.955 | 0.869 (0.869) | | | |
| 64 | 0.956 | 0.942 (0.930) | | | |
| 65 | 0.943 | 0.831 (0.795) | | | |
| 66 | 0.965 | 0.939 (0.927) | | | |

Pooled over quotes sets 55 to 66, 911 of 1,033 speakers found were right (0.882; exact 0.855); four of the twelve
reach 0.9.

From quotes set 72 on, `attribution_scores` also reads a typographic apostrophe as a straight one ("Saipov’s sister"
and "Saipov's sister" are one answer). Sets 67-98 (Reuters politics, 2017; 87 and 88 found nothing to label) and market
sets 55m-70m (Benzinga headlines 2009-2020, then aggregator headlines 2020-2022), first scores (quotes: speaker right
with the article and the apostrophe ignored, exact in brackets; markets: moves right by alias):

| quotes set | recall | speaker right | quotes set | recall | speaker right | markets set | moves right | noted without a move |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
| 67 | 0.980 | 0.917 (0.917) | 81 | 0.966 | 0.917 (0.917) | 55 (Benzinga) | 0.700 of 40 | 0.080 |
| 68 | 0.977 | 0.907 (0.907) | 82 | 1.000 | 0.897 (0.885) | 56 (Benzinga) | 0.450 of 40 | 0.040 |
| 69 | 0.976 | 0.940 (0.867) | 83 | 0.976 | 0.880 (0.880) | 57 (Benzinga) | 0.725 of 40 | 0.040 |
| 70 | 0.976 | 0.819 (0.807) | 84 | 0.989 | 0.930 (0.930) | 58 (Benzinga) | 0.675 of 40 | 0.000 |
| 71 | 0.970 | 0.888 (0.888) | 85 | 0.978 | 0.857 (0.846) | 59 (Benzinga) | 0.783 of 46 | 0.000 |
| 72 | 0.969 | 0.839 (0.823) | 86 | 0.989 | 0.908 (0.874) | 60 (Benzinga) | 0.640 of 50 | 0.000 |
| 73 | 0.984 | 0.905 (0.905) | 89 | 0.988 | 0.941 (0.906) | 61 (Benzinga) | 0.794 of 34 | 0.040 |
| 74 | 0.983 | 0.914 (0.914) | 90 | 0.988 | 0.929 (0.894) | 62 (Benzinga) | 0.450 of 40 | 0.000 |
| 75 | 0.965 | 0.867 (0.855) | 91 | 0.990 | 0.832 (0.832) | 63 (Benzinga) | 0.675 of 40 | 0.000 |
| 76 | 1.000 | 0.936 (0.936) | 92 | 0.957 | 0.876 (0.865) | 64 (aggregator) | 0.308 of 39 | 0.000 |
| 77 | 1.000 | 0.865 (0.865) | 93 | 0.989 | 0.966 (0.966) | 65 (aggregator) | 0.750 of 40 | 0.000 |
| 78 | 0.989 | 0.926 (0.904) | 94 | 0.953 | 0.927 (0.927) | 66 (aggregator) | 0.702 of 47 | 0.040 |
| 79 | 0.977 | 0.942 (0.942) | 95 | 0.977 | 0.882 (0.824) | 67 (aggregator) | 0.732 of 41 | 0.000 |
| 80 | 0.979 | 0.926 (0.883) | 96 | 0.977 | 0.906 (0.859) | 68 (aggregator) | 0.812 of 48 | 0.040 |
| | | | 97 | 0.988 | 0.882 (0.882) | 69 (aggregator) | 0.786 of 42 | 0.000 |
| | | | 98 | 0.854 | 0.829 (0.829), 35 found | 70 (aggregator) | 0.595 of 37 | 0.000 |

Sets 67-71 were scored before the apostrophe reading (under it, 69 went from 0.880 to 0.940 and 70 from 0.807 to
0.819). Pooled over quotes sets 67 to 98, 2,164 of 2,407 speakers found were right (0.899); seventeen of the thirty
reach 0.9. Market sets 55m-57m had rows printed by a comparison script before they were scored; their first scores
were taken with the code committed before that.

Sets 99-126 (Reuters politics, 2017) and market sets 71m-91m (aggregator headlines 2020-2022; 89m, a stretch set 64m
had read, holds no move: none of its 25 sentences got a note), first scores, each taken once with the code as
committed when the set arrived (quotes: speaker right with the article and the apostrophe ignored; markets: moves
right by alias):

| quotes set | recall | speaker right | scored at | markets set | moves right | noted without a move |
| --- | --- | --- | --- | --- | --- | --- |
| 99 | 0.966 | 0.918 | faf6a94 | 71 | 0.778 of 45 | 0.000 |
| 100 | 0.969 | 0.871 | faf6a94 | 72 | 0.760 of 50 | 0.000 |
| 101 | 0.988 | 0.906 | faf6a94 | 73 | 0.725 of 40 | 0.040 |
| 102 | 0.989 | 0.782 | faf6a94 | 74 | 0.818 of 44 | 0.000 |
| 103 | 0.979 | 0.924 | 3e012ce | 75 | 0.750 of 44 | 0.000 |
| 104 | 0.989 | 0.876 | 3e012ce | 76 | 0.860 of 50 | 0.000 |
| 105 | 0.989 | 0.867 | 3e012ce | 77 | 0.767 of 43 | 0.000 |
| 106 | 1.000 | 0.918 | 3e012ce | 78 | 0.840 of 50 | 0.000 |
| 107 | 1.000 | 0.852 | 35fbc93 | 79 | 0.875 of 40 | 0.000 |
| 108 | 0.989 | 0.922 | 35fbc93 | 80 | 0.800 of 40 | 0.000 |
| 109 | 0.956 | 0.839 | 35fbc93 | 81 | 0.816 of 38 | 0.000 |
| 110 | 0.977 | 0.895 | 35fbc93 | 82 | 0.783 of 46 | 0.040 |
| 111 | 0.968 | 0.922 | 484ed5b | 83 | 0.812 of 48 | 0.000 |
| 112 | 1.000 | 0.976 | 484ed5b | 84 | 1.000 of 9 | 0.000 |
| 113 | 0.989 | 0.954 | 484ed5b | 85 | 0.946 of 37 | 0.000 |
| 114 | 0.960 | 0.918 | 484ed5b | 86 | 0.880 of 50 | 0.000 |
| 115 | 0.977 | 0.929 | f4ebd71 | 87 | 0.880 of 50 | 0.040 |
| 116 | 0.989 | 0.875 | f4ebd71 | 88 | 0.822 of 45 | 0.040 |
| 117 | 0.989 | 0.944 | f4ebd71 | 90 | 0.872 of 47 | 0.000 |
| 118 | 0.977 | 0.941 | f4ebd71 | 91 | 0.767 of 30 | 0.000 |
| 119 | 0.977 | 0.964 | f4ebd71 | | | |
| 120 | 0.990 | 0.887 | f4ebd71 | | | |
| 121 | 1.000 | 0.814 | f4ebd71 | | | |
| 122 | 0.988 | 0.831 | f4ebd71 | | | |
| 123 | 0.967 | 1.000 | 82c8151 | | | |
| 124 | 0.977 | 0.798 | 82c8151 | | | |
| 125 | 0.987 | 0.885 | 82c8151 | | | |
| 126 | 1.000 | 0.899 | 82c8151 | | | |

Pooled over quotes sets 99 to 126, 2,151 of 2,402 speakers found were right (0.896); over the sixteen scored with
the final rules (111-126), 1,220 of 1,345 (0.907). Pooled over market sets 71m to 91m, 695 of 846 moves were right
(0.822); over the eight scored with the last two rounds' rules (83m-91m), 272 of 316 (0.861).

Market sets 92m-117m (the same aggregator file: the stretches no earlier set had read, or had read without taking a
row), first scores, each taken once with the code as committed when the set arrived (default `market_notes_in`):

| markets set | moves right | noted without a move | scored at |
| --- | --- | --- | --- |
| 92 | 0.780 of 50 | 0.000 | 52304f6 |
| 93 | 0.820 of 50 | 0.040 | 52304f6 |
| 94 | 0.740 of 50 | 0.000 | 52304f6 |
| 95 | 0.825 of 40 | 0.000 | 52304f6 |
| 96 | 0.800 of 50 | 0.040 | 6cfee90 |
| 97 | 0.920 of 50 | 0.000 | 6cfee90 |
| 98 | 0.952 of 21 | 0.000 | 6cfee90 |
| 99 | 0.806 of 36 | 0.000 | 6cfee90 |
| 100 | 0.860 of 50 | 0.000 | 7261580 |
| 101 | 0.806 of 31 | 0.000 | 7261580 |
| 102 | 0.806 of 36 | 0.000 | 7261580 |
| 103 | 0.860 of 50 | 0.080 | 7261580 |
| 104 | 0.860 of 50 | 0.000 | ee319da |
| 105 | 0.950 of 40 | 0.000 | ee319da |
| 106 | 0.842 of 19 | 0.000 | ee319da |
| 107 | 0.880 of 25 | 0.000 | ee319da |
| 108 | 0.773 of 22 | 0.080 | ee319da |
| 109 | 0.880 of 50 | 0.000 | 156fa79 |
| 110 | 0.821 of 39 | 0.000 | 156fa79 |
| 111 | 0.750 of 8 | 0.040 | 156fa79 |
| 112 | 0.850 of 40 | 0.000 | 156fa79 |
| 113 | 0.880 of 50 | 0.000 | 156fa79 |
| 114 | 0.897 of 29 | 0.000 | 156fa79 |
| 115 | 0.860 of 50 | 0.000 | 5b8d050 |
| 116 | 0.900 of 50 | 0.000 | 5b8d050 |
| 117 | 0.930 of 43 | 0.000 | 5b8d050 |

Pooled over market sets 92m to 117m, 875 of 1,029 moves were right (0.850); 7 of the 649 sentences without a move got
a note (0.011), but 103m and 108m went over 0.05 on first scoring (0.080 each; both repaired in the next round).

In all, the first scores on news the stages had not seen: speaker right 0.765, 0.559, 0.833, 0.656, 0.740,
0.787, 0.738, then with the parse 0.816, 0.823, 0.850, 0.776, 0.828, 0.828, 0.755, 0.798, 0.830, 0.875, 0.857,
0.752, 0.803, 0.854, 0.892, 0.943, 0.849, 0.831, 0.741, 0.833, 0.917, 0.825, 0.913, 0.800, 0.836, 0.911, 0.981,
0.865, 0.857, 0.960, 0.861, 0.866, 0.878, 0.843, 0.864, 0.682, 0.920, 0.979, 0.795, 0.903, 0.790, 0.798, 0.898,
0.885, 0.864, 0.860, 0.831, then with a leading article ignored 0.880, 0.929, 0.809, 0.884, 0.795, 0.895, 0.930,
0.885, 0.869, 0.942, 0.831, 0.939, then with the apostrophe too 0.917, 0.907, 0.940, 0.819, 0.888, 0.839, 0.905,
0.914, 0.867, 0.936, 0.865, 0.926, 0.942, 0.926, 0.917, 0.897, 0.880, 0.930, 0.857, 0.908, 0.941, 0.929, 0.832, 0.876,
0.966, 0.927, 0.882, 0.906, 0.882, 0.829,
0.918, 0.871, 0.906, 0.782, 0.924, 0.876, 0.867, 0.918, 0.852, 0.922, 0.839, 0.895, 0.922, 0.976, 0.954, 0.918, 0.929,
0.875, 0.944, 0.941, 0.964, 0.887, 0.814, 0.831, 1.000, 0.798, 0.885, 0.899 (threshold 0.9);
market
moves right 0.655, 0.414, 0.467, 0.600, 0.611, 0.585,
0.675, 0.500, 0.375, 0.350, then with the parse layer 0.775, 0.675, 0.725, 0.800 and, in new domains, 0.400, 0.375
of 8, 0.575, 0.750, 0.600, 0.725, 0.775, 0.700, 0.735, 0.675, 0.675, 0.525, 0.600, 0.475, 0.550, 0.675, 0.775,
0.575, 0.707, 0.659, 0.690, 0.657, 0.824, 0.656, 0.444 of 18, 0.750 of 8, 0.652, 0.692, 0.651, 0.580, 0.775, 0.850,
then by alias 0.878, 0.583, 0.792 of 24, 0.222, 0.300 of 20, 0.380, 0.800, 0.700, 0.450, 0.725, 0.675, 0.783, 0.640,
0.794 of 34, 0.450, 0.675, 0.308, 0.750, 0.702, 0.732, 0.812, 0.786, 0.595,
0.778, 0.760, 0.725, 0.818, 0.750, 0.860, 0.767, 0.840, 0.875, 0.800, 0.816, 0.783, 0.812, 1.000 of 9, 0.946,
0.880, 0.880, 0.822, 0.872, 0.767, 0.780, 0.820, 0.740, 0.825, 0.800, 0.920, 0.952 of 21, 0.806, 0.860, 0.806, 0.806,
0.860, 0.860, 0.950, 0.842 of 19, 0.880 of 25, 0.773 of 22, 0.880, 0.821, 0.750 of 8, 0.850, 0.880, 0.897, 0.860,
0.900, 0.930 (threshold 0.9;
by any listed alias 0.775, 0.675, 0.800, 0.833, 0.400, 0.375, 0.600,
0.750, 0.650, 0.725, 0.775, 0.725, 0.735, 0.675, 0.700, 0.675, 0.625, 0.525, 0.575, 0.700, 0.775, 0.625, 0.707,
0.659, 0.690, 0.657, 0.824, 0.656, 0.444, 0.750, 0.696, 0.692, 0.651, 0.580, 0.775, 0.850).
Quote recall meets its threshold on all first scores but the first, the thirteenth, the seventeenth and set 98 (0.680,
0.876, 0.862, 0.854); "noted without a move" on all but the sixth, the seventeenth, AG News sets 24 and 30, AG News train sets 44 and 47
and Benzinga set 55 (0.057, 0.080, 0.080, 0.080, 0.080, 0.080, 0.080).

A figure below its threshold is marked `xfail(strict=False)`: the suite stays green, the shortfall shows as
xfail (and as XPASS once the stage reaches the threshold). Run with `-s` to see the figures. Sources,
licences and the labelling rules are in `tests/fixtures/actors_blind/README.md`,
`tests/fixtures/quotes/wikinews_blind.md` and `tests/fixtures/markets/blind.md`.
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.actors import mentions_for
from analysis.actors.evaluation import PersonScore, person_errors, person_score, read_eval_set
from analysis.quotes import attribution_scores, quotes_for

FIXTURES = Path(__file__).parent / "fixtures"


SETS = {
    "first": ("actors_blind", "wikinews_blind.jsonl", "blind.csv", (73, 50, 29, 25)),
    "second": ("actors_blind2", "quotes_blind2.jsonl", "markets_blind2.csv", (68, 71, 29, 20)),
    "third": ("actors_blind3", "quotes_blind3.jsonl", "markets_blind3.csv", (71, 31, 30, 15)),
    "fourth": ("actors_blind4", "quotes_blind4.jsonl", "markets_blind4.csv", (50, 64, 25, 15)),
    "fifth": (None, "quotes_blind5.jsonl", "markets_blind5.csv", (None, 82, 36, 24)),
    "sixth": (None, "quotes_blind6.jsonl", "markets_blind6.csv", (None, 81, 41, 35)),
    "seventh": (None, "quotes_blind7.jsonl", "markets_blind7.csv", (None, 86, 40, 25)),
    "eighth": (None, "quotes_blind8.jsonl", "markets_blind8.csv", (None, 88, 40, 25)),
    "ninth": (None, "quotes_blind9.jsonl", "markets_blind9.csv", (None, 98, 40, 25)),
    "tenth": (None, "quotes_blind10.jsonl", "markets_blind10.csv", (None, 109, 40, 25)),
    "eleventh": (None, "quotes_blind11.jsonl", "markets_blind11.csv", (None, 90, 40, 25)),
    "twelfth": (None, "quotes_blind12.jsonl", "markets_blind12.csv", (None, 135, 40, 25)),
    "thirteenth": (None, "quotes_blind13.jsonl", "markets_blind13.csv", (None, 113, 40, 25)),
    "fourteenth": (None, "quotes_blind14.jsonl", "markets_blind14.csv", (None, 115, 30, 25)),
    "fifteenth": (None, "quotes_blind15.jsonl", "markets_blind15.csv", (None, 115, 40, 25)),
    "sixteenth": (None, None, "markets_blind16.csv", (None, None, 8, 25)),
}
"""Per set: its actors folder, quotes file and markets file (None: the set has no such part) and planned sizes
(people, quotations of speech, sentences with a move, sentences without)."""
BELOW: dict[str, set[str]] = {"first": set(), "second": set(), "third": set(), "fourth": set(),
                             "fifth": set(), "sixth": set(),
                             "seventh": set(), "eighth": {"market_moves"}, "ninth": {"market_moves"},
                             "tenth": {"speaker_accuracy", "market_moves"}, "eleventh": {"market_moves"},
                             "twelfth": {"market_moves"},
                             "thirteenth": {"quote_recall", "speaker_accuracy", "market_moves"},
                             "fourteenth": {"speaker_accuracy", "market_moves"},
                             "fifteenth": {"speaker_accuracy", "market_moves"},
                             "sixteenth": {"market_moves"}}
"""Per set, the figures still below their threshold: those runs are expected failures."""


def below(figure: str):
    """Parametrise over every set that has the figure's part, marking a run xfail where it is still below."""
    sets = [name for name in SETS if (SETS[name][0] is not None or not figure.startswith("person"))
            and (SETS[name][1] is not None or not figure.startswith(("quote", "speaker")))
            and (SETS[name][2] is not None or not figure.startswith("market"))]
    return pytest.mark.parametrize("blind_set", [
        pytest.param(name, marks=pytest.mark.xfail(strict=False, reason=f"{name} blind set: below threshold"))
        if figure in BELOW[name] else name
        for name in sets
    ], scope="module")


@pytest.fixture(scope="module")
def actors_blind(blind_set: str) -> tuple[PersonScore, pd.DataFrame]:
    articles, people = read_eval_set(FIXTURES / SETS[blind_set][0])
    mentions = mentions_for(articles)
    return person_score(mentions, people), person_errors(mentions, people)


@pytest.fixture(scope="module")
def quotes_blind(blind_set: str) -> dict[str, float]:
    rows = [json.loads(line) for line in (FIXTURES / "quotes" / SETS[blind_set][1]).read_text(
        encoding="utf-8").splitlines() if line.strip()]
    articles = pd.DataFrame({"article_id": [r["id"] for r in rows], "title": [r["wikinews_title"] for r in rows],
                             "text": [r["text"] for r in rows]})
    gold = pd.DataFrame([{"article_id": r["id"], **q} for r in rows for q in r["quotes"]])
    return attribution_scores(quotes_for(articles), gold)


@pytest.fixture(scope="module")
def markets_blind(blind_set: str):
    from bench.markets import load_eval_cases, score

    return score(load_eval_cases(FIXTURES / "markets" / SETS[blind_set][2]))


def _person_report(score: PersonScore, errors: pd.DataFrame) -> str:
    lines = [f"blind actors: recall {score.recall:.3f} ({score.found}/{score.listed}), "
             f"precision {score.precision:.3f} ({score.correct}/{score.reported})"]
    lines += [f"  {r.article_id}: missed {r.missed}, wrong {r.wrong}"
              for r in errors.itertuples() if r.missed or r.wrong]
    return "\n".join(lines)


def _quote_report(scores: dict[str, float]) -> str:
    return (f"blind quotes: recall {scores['recall']:.3f} ({int(scores['found'])}/{int(scores['gold_quotes'])}), "
            f"speaker right {scores['speaker_accuracy']:.3f} ({int(scores['speaker_right'])}/{int(scores['found'])}), "
            f"non-speech kept out {scores['non_speech_kept_out']:.3f}")


def _market_report(result) -> str:
    lines = [f"blind markets: moves right {result.moves_right:.3f} of {result.n_moves} "
             f"({result.moves_right_by_alias:.3f} naming the instrument by any listed alias), "
             f"noted without a move {result.noted_without_move:.3f} of {result.n_without}"]
    lines += [f"  {case.text[:90]} -> {found}" for case, found in result.misses]
    return "\n".join(lines)


@below("")
def test_blind_sets_have_the_planned_size(blind_set, request) -> None:
    people, quotations, moves, without = SETS[blind_set][3]
    if people is not None:
        score, _ = request.getfixturevalue("actors_blind")
        assert score.listed == people
    if SETS[blind_set][1] is not None:
        assert request.getfixturevalue("quotes_blind")["gold_quotes"] == quotations
    if SETS[blind_set][2] is not None:
        markets_blind = request.getfixturevalue("markets_blind")
        assert (markets_blind.n_moves, markets_blind.n_without) == (moves, without)


@below('person_recall')
def test_blind_person_recall(blind_set, actors_blind) -> None:
    score, errors = actors_blind
    print(_person_report(score, errors))
    assert score.recall >= 0.9, _person_report(score, errors)


@below('person_precision')
def test_blind_person_precision(blind_set, actors_blind) -> None:
    score, errors = actors_blind
    print(_person_report(score, errors))
    assert score.precision >= 0.9, _person_report(score, errors)


@below('quote_recall')
def test_blind_quote_recall(blind_set, quotes_blind) -> None:
    print(_quote_report(quotes_blind))
    assert quotes_blind["recall"] >= 0.9, _quote_report(quotes_blind)


@below('speaker_accuracy')
def test_blind_speaker_accuracy(blind_set, quotes_blind) -> None:
    print(_quote_report(quotes_blind))
    assert quotes_blind["speaker_accuracy"] >= 0.9, _quote_report(quotes_blind)


@below('market_moves')
def test_blind_market_moves_right(blind_set, markets_blind) -> None:
    print(_market_report(markets_blind))
    assert markets_blind.moves_right >= 0.9, _market_report(markets_blind)


@below('market_none')
def test_blind_market_no_note_without_a_move(blind_set, markets_blind) -> None:
    print(_market_report(markets_blind))
    assert markets_blind.noted_without_move <= 0.05, _market_report(markets_blind)
