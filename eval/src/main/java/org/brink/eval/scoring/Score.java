package org.brink.eval.scoring;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The scores of one gold set; every definition is in docs/gold-format.md.
 *
 * @param name the gold set's name
 * @param format its format ({@code brink}, {@code petrarch-xml}, {@code plover-json})
 * @param source the gold file
 * @param articles articles scored
 * @param requiredEntries required entries, hard ones included
 * @param hardEntries required entries marked hard
 * @param acceptableEntries acceptable entries
 * @param forbiddenEntries forbidden entries
 * @param predictions predicted events, every modality
 * @param countedPredictions predicted events that are asserted or future
 * @param root the root level
 * @param code the full-code level, or null when no entry lists codes
 * @param event the event level: root (or PLOVER category) and dates, actors not looked at
 * @param dyad the dyad level: source and target only
 * @param sourceAccuracy of the counted predictions whose event matches a required entry of their
 *     article, those whose source matches such an entry too
 * @param targetAccuracy the same for the target
 * @param forbidden counted predictions matching a forbidden entry / counted predictions
 * @param modality the modality confusion table
 * @param scheme what {@code categories} groups by
 * @param categories the per-category table, in category order
 * @param quotes gold quotations found
 * @param details per article, what was missed or wrongly found, in article order
 * @param notes the reader's notes on the gold file, then the scorer's
 */
public record Score(
    String name,
    String format,
    Path source,
    int articles,
    int requiredEntries,
    int hardEntries,
    int acceptableEntries,
    int forbiddenEntries,
    int predictions,
    int countedPredictions,
    LevelScore root,
    @Nullable LevelScore code,
    LevelScore event,
    LevelScore dyad,
    Ratio sourceAccuracy,
    Ratio targetAccuracy,
    Ratio forbidden,
    ModalityConfusion modality,
    CategoryScheme scheme,
    List<CategoryRow> categories,
    QuoteScore quotes,
    List<ArticleResult> details,
    List<String> notes) {
  public Score {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(dyad, "dyad");
    Objects.requireNonNull(sourceAccuracy, "sourceAccuracy");
    Objects.requireNonNull(targetAccuracy, "targetAccuracy");
    Objects.requireNonNull(forbidden, "forbidden");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(quotes, "quotes");
    categories = List.copyOf(categories);
    details = List.copyOf(details);
    notes = List.copyOf(notes);
  }
}
