package org.brink.coding.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.brink.coding.resources.LoadedOnce;
import org.brink.core.CameoCode;
import org.brink.core.Plover;
import org.jspecify.annotations.Nullable;

/**
 * The CAMEO event codes Brink knows, each with its name, Goldstein weight, GDELT quad class and
 * PLOVER reading.
 *
 * <p>The bundled table is {@code cameo-codes.tsv} beside this class; its header documents the
 * columns and the sources of the facts. Immutable and thread-safe.
 *
 * <p>Design decision: the table is parsed strictly. Every bad line is reported, with its line
 * number, in one exception, so a broken edit fails at startup rather than miscoding events.
 */
public final class Ontology {
  private static final LoadedOnce<Ontology> BUNDLED_ONTOLOGY = new LoadedOnce<>(Ontology::read);

  /** The bundled resource's file name, also the prefix of every parse error. */
  public static final String RESOURCE = "cameo-codes.tsv";

  static final String HEADER = "code\tgoldstein\tquad\tplover\tmode\tcontext\tname";

  private final Map<String, CameoCode> codes;

  private Ontology(Map<String, CameoCode> codes) {
    this.codes = Collections.unmodifiableMap(new LinkedHashMap<>(codes));
  }

  /** The bundled ontology, parsed on first use and shared afterwards. */
  public static Ontology load() {
    return BUNDLED_ONTOLOGY.get();
  }

  /**
   * Parses a table in the {@code cameo-codes.tsv} format.
   *
   * @param source the name used in error messages, e.g. {@code "cameo-codes.tsv"}
   * @param text the whole table
   * @throws IllegalArgumentException listing every bad line, one per message line, each as {@code
   *     "source:LINE: what is wrong: 'value'; hint"}
   */
  public static Ontology parse(String source, String text) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    return new Parser(source).parse(text);
  }

  /**
   * The code's facts.
   *
   * @throws IllegalArgumentException if the ontology has no such code
   */
  public CameoCode get(String code) {
    CameoCode c = codes.get(Objects.requireNonNull(code, "code"));
    if (c == null) {
      throw new IllegalArgumentException(
          "unknown CAMEO code: '"
              + code
              + "'; codes are 2-4 digits with the leading zero, e.g. '0256'");
    }
    return c;
  }

  /**
   * The code's facts, or for a code the ontology does not have, {@link CameoCode#outsideCameo}:
   * a loaded PETRARCH or TABARI dictionary may code outside CAMEO (see {@link CameoCode}).
   */
  public CameoCode resolve(String code) {
    CameoCode c = codes.get(Objects.requireNonNull(code, "code"));
    return c != null ? c : CameoCode.outsideCameo(code);
  }

  /** The code's facts, or empty when the ontology has no such code. */
  public Optional<CameoCode> find(String code) {
    return Optional.ofNullable(codes.get(Objects.requireNonNull(code, "code")));
  }

  /** Every code, in code order. */
  public Collection<CameoCode> all() {
    return codes.values();
  }

  public boolean isKnown(String code) {
    return codes.containsKey(Objects.requireNonNull(code, "code"));
  }

  /** The GDELT quad class of a root: 1 for 01-05, 2 for 06-09, 3 for 10-14, 4 for 15-20. */
  static int quadClassOfRoot(int root) {
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("CAMEO roots are 01-20: " + root);
    }
    return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
  }

  private static Ontology read() {
    try (InputStream in = Ontology.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing classpath resource org/brink/coding/ontology/" + RESOURCE);
      }
      return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }


  /** Reads the table line by line, collecting every problem before failing. */
  private static final class Parser {
    private final String source;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, CameoCode> codes = new LinkedHashMap<>();
    private final Map<String, Integer> lineOf = new LinkedHashMap<>();

    Parser(String source) {
      this.source = source;
    }

    Ontology parse(String text) {
      String[] lines = text.split("\r?\n", -1);
      boolean headerSeen = false;
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        int number = i + 1;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (!headerSeen) {
          headerSeen = true;
          if (!line.equals(HEADER)) {
            problem(
                number,
                "expected the column header",
                line,
                "write '" + HEADER.replace("\t", "<TAB>") + "'");
          }
          continue;
        }
        row(number, line);
      }
      if (!headerSeen) {
        problems.add(source + ": no column header and no rows; the table is empty");
      }
      for (Map.Entry<String, CameoCode> e : codes.entrySet()) {
        String code = e.getKey();
        if (code.length() > 2) {
          String parent = code.substring(0, code.length() - 1);
          if (!codes.containsKey(parent)) {
            problem(
                lineOf.get(code),
                "code has no parent row",
                code,
                "add the row for '" + parent + "' first");
          }
        }
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(String.join("\n", problems));
      }
      return new Ontology(codes);
    }

    private void row(int number, String line) {
      String[] f = line.split("\t", -1);
      if (f.length != 7) {
        problem(
            number,
            "expected 7 tab-separated fields, found " + f.length,
            line,
            "columns are code, goldstein, quad, plover, mode, context, name");
        return;
      }
      String code = f[0];
      if (!code.matches("\\d{2,4}")) {
        problem(number, "bad CAMEO code", code, "codes are 2-4 digits with the leading zero");
        return;
      }
      int root = Integer.parseInt(code.substring(0, 2));
      if (root < 1 || root > 20) {
        problem(number, "CAMEO root out of range", code, "roots are 01-20");
        return;
      }
      if (codes.containsKey(code)) {
        problem(number, "code listed twice", code, "the first row is at line " + lineOf.get(code));
        return;
      }
      Double goldstein = goldstein(number, f[1]);
      Integer quad = quad(number, f[2], root);
      Plover plover = plover(number, f[3], f[4], f[5]);
      String name = f[6].strip();
      if (name.isEmpty()) {
        problem(number, "code has no name", code, "the last column is the codebook name");
        return;
      }
      if (goldstein == null || quad == null || (plover == null && !f[3].isEmpty())) {
        return;
      }
      codes.put(code, new CameoCode(code, name, quad, goldstein, plover));
      lineOf.put(code, number);
    }

    private @Nullable Double goldstein(int number, String value) {
      double g;
      try {
        g = Double.parseDouble(value);
      } catch (NumberFormatException e) {
        problem(number, "Goldstein weight is not a number", value, "write a decimal such as -2.0");
        return null;
      }
      if (!(g >= -10 && g <= 10)) {
        problem(
            number, "Goldstein weight outside -10..10", value, "weights run from -10.0 to 10.0");
        return null;
      }
      return g;
    }

    private @Nullable Integer quad(int number, String value, int root) {
      int expected = quadClassOfRoot(root);
      if (!value.equals(Integer.toString(expected))) {
        problem(
            number,
            "quad class does not match the root",
            value,
            String.format(java.util.Locale.ROOT, "root %02d is in quad class %d", root, expected));
        return null;
      }
      return expected;
    }

    private @Nullable Plover plover(int number, String category, String mode, String context) {
      if (category.isEmpty()) {
        if (!mode.isEmpty() || !context.isEmpty()) {
          problem(
              number,
              "PLOVER mode or context without a category",
              mode + context,
              "leave mode and context empty when the category is");
        }
        return null;
      }
      if (!category.matches("[A-Z]+")) {
        problem(
            number,
            "bad PLOVER category",
            category,
            "categories are upper-case words such as ASSAULT");
        return null;
      }
      return new Plover(category, mode.isEmpty() ? null : mode, context.isEmpty() ? null : context);
    }

    private void problem(@Nullable Integer number, String what, String value, String hint) {
      problems.add(source + ":" + number + ": " + what + ": '" + value + "'; " + hint);
    }
  }
}
