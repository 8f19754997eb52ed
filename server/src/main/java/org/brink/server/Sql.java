package org.brink.server;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A WHERE clause built from fixed SQL fragments and bind values.
 *
 * <p>Design decision: request input never becomes SQL text. Every fragment passed to {@link #add}
 * is a constant in this package; values go in only as {@code ?} parameters, and {@link #in} writes
 * as many {@code ?} as there are values. Sort columns come from a fixed map (see {@link
 * EventQuery}).
 */
final class Sql {
  private final List<String> clauses = new ArrayList<>();
  private final List<Object> binds = new ArrayList<>();

  /** Adds a condition with one {@code ?} per value. */
  Sql add(String fragment, Object... values) {
    long marks = fragment.chars().filter(c -> c == '?').count();
    if (marks != values.length) {
      throw new IllegalArgumentException(
          "fragment has " + marks + " parameters, given " + values.length + ": " + fragment);
    }
    clauses.add(fragment);
    Collections.addAll(binds, values);
    return this;
  }

  /** Adds {@code expression IN (?, ...)} when {@code values} is not empty. */
  Sql in(String expression, List<?> values) {
    if (!values.isEmpty()) {
      clauses.add(expression + " IN (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")");
      binds.addAll(values);
    }
    return this;
  }

  /** {@code " WHERE a AND b"}, or the empty string when there is no condition. */
  String where() {
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  List<Object> binds() {
    return List.copyOf(binds);
  }

  /** Binds {@code values} from parameter 1; returns the next free index. */
  static int bind(PreparedStatement statement, List<Object> values) throws SQLException {
    int i = 0;
    for (Object value : values) {
      statement.setObject(++i, value);
    }
    return i + 1;
  }
}
