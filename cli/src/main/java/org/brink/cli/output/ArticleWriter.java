package org.brink.cli.output;

import org.brink.core.CodedArticle;

/** Writes coded articles, one at a time, in the order given. */
public interface ArticleWriter {
  void write(CodedArticle article);
}
