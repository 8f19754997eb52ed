package org.brink.store;

import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;

/** Writes result rows as JSON Lines: one flat object per row, keys in column order. */
final class JsonRows {
  private JsonRows() {}

  /** Writes every remaining row; returns how many. */
  static long write(ResultSet rows, Writer out) throws SQLException, IOException {
    ResultSetMetaData meta = rows.getMetaData();
    int columns = meta.getColumnCount();
    String[] keys = new String[columns];
    for (int c = 1; c <= columns; c++) {
      keys[c - 1] = quoted(meta.getColumnLabel(c));
    }
    StringBuilder line = new StringBuilder(512);
    long count = 0;
    while (rows.next()) {
      line.setLength(0);
      line.append('{');
      for (int c = 1; c <= columns; c++) {
        if (c > 1) {
          line.append(',');
        }
        line.append(keys[c - 1]).append(':');
        appendValue(line, rows, c, meta.getColumnType(c));
      }
      line.append("}\n");
      out.write(line.toString());
      count++;
    }
    return count;
  }

  private static void appendValue(StringBuilder line, ResultSet rows, int c, int type)
      throws SQLException {
    switch (type) {
      case Types.INTEGER, Types.SMALLINT, Types.TINYINT, Types.BIGINT -> {
        long value = rows.getLong(c);
        line.append(rows.wasNull() ? "null" : Long.toString(value));
      }
      case Types.DOUBLE, Types.FLOAT, Types.REAL -> {
        double value = rows.getDouble(c);
        // JSON has no NaN or infinity; the store never holds them, but stay valid if it does.
        line.append(rows.wasNull() || !Double.isFinite(value) ? "null" : Double.toString(value));
      }
      case Types.BOOLEAN -> {
        boolean value = rows.getBoolean(c);
        line.append(rows.wasNull() ? "null" : Boolean.toString(value));
      }
      case Types.ARRAY -> {
        java.sql.Array array = rows.getArray(c);
        if (array == null) {
          line.append("null");
        } else {
          line.append('[');
          Object[] items = (Object[]) array.getArray();
          for (int i = 0; i < items.length; i++) {
            line.append(i > 0 ? "," : "").append(items[i] == null ? "null" : quoted(items[i].toString()));
          }
          line.append(']');
        }
      }
      default -> {
        String value = rows.getString(c);
        line.append(value == null ? "null" : quoted(value));
      }
    }
  }

  /** A JSON string literal (RFC 8259): quote, backslash and control characters escaped. */
  static String quoted(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          if (ch < 0x20 || ch == '\u2028' || ch == '\u2029') {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
          } else {
            b.append(ch);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
