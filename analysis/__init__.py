"""Turn collected news articles into analysed tables: articles, keywords, mentions, quotes, market notes."""
