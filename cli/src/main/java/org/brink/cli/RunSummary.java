package org.brink.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import org.brink.core.Problem;

/**
 * What a run did: articles coded, inputs rejected per reason, warnings per reason. Every rejected
 * input is counted here and reported; nothing is dropped silently.
 */
final class RunSummary {
  private int coded;
  private int events;
  private int skipped;
  private final Map<String, Integer> rejected = new TreeMap<>();
  private final Map<String, String> firstRejected = new TreeMap<>();
  private final Map<String, Integer> warnings = new TreeMap<>();

  synchronized void coded(int eventCount, Iterable<Problem> warningList) {
    coded++;
    events += eventCount;
    for (Problem p : warningList) {
      warnings.merge(p.code(), 1, Integer::sum);
    }
  }

  private int notArticles;
  private String firstNotArticle = "";

  /** A record of an archive that is not an article (a WARC request, an image): counted, not rejected. */
  synchronized void notArticle(Problem p) {
    if (notArticles++ == 0) {
      firstNotArticle = p.toString();
    }
  }

  synchronized int notArticles() {
    return notArticles;
  }

  /** An article left alone because it was already coded (a store holds it). */
  synchronized void skipped() {
    skipped++;
  }

  synchronized void rejected(Problem p) {
    rejected.merge(p.code(), 1, Integer::sum);
    firstRejected.putIfAbsent(p.code(), p.source());
  }

  synchronized int coded() {
    return coded;
  }

  synchronized int rejected() {
    return rejected.values().stream().mapToInt(Integer::intValue).sum();
  }

  synchronized int events() {
    return events;
  }

  /** One line for the run, then one line per rejection reason and per warning reason. */
  synchronized void report(PrintWriter err) {
    err.printf(
        "brink: coded %d article%s with %d event%s; rejected %d input%s%n",
        coded, coded == 1 ? "" : "s", events, events == 1 ? "" : "s", rejected(), rejected() == 1 ? "" : "s");
    if (skipped > 0) {
      err.printf("brink: skipped %d article%s already stored%n", skipped, skipped == 1 ? "" : "s");
    }
    if (notArticles > 0) {
      err.printf("brink: passed over %d WARC record%s that %s not articles (first: %s)%n",
          notArticles, notArticles == 1 ? "" : "s", notArticles == 1 ? "is" : "are", firstNotArticle);
    }
    rejected.forEach(
        (code, n) -> err.printf("brink: rejected %d × %s (first: %s)%n", n, code, firstRejected.get(code)));
    warnings.forEach((code, n) -> err.printf("brink: warning %d × %s%n", n, code));
    err.flush();
  }
}
