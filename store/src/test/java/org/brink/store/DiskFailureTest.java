package org.brink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk and a read-only store, on a real small file system (a tmpfs mounted for the test;
 * skipped where the test may not mount one, as when not run as root): the store fails with a clear
 * message naming the file, and what it holds stays whole, every article with all its mentions.
 */
@EnabledOnOs(OS.LINUX)
class DiskFailureTest {
  @TempDir Path dir;

  @Test
  void aFullDiskFailsWithAClearMessageAndLeavesNoHalfStoredArticle() throws Exception {
    Path mount = mounted("size=3m");
    try {
      Path db = mount.resolve("brink.duckdb");
      int stored = 0;
      StoreException failure = null;
      try (EventStore store = EventStore.open(db)) {
        for (int i = 0; i < 5_000 && failure == null; i++) {
          String text = Articles.TEXT + " Synthetic filler " + i + ": " + "word ".repeat(4_000);
          try {
            if (store.store(Articles.withText(text, "disk-" + i + ".txt"))) {
              stored++;
            }
          } catch (StoreException e) {
            failure = e;
          }
        }
      } catch (StoreException e) {
        failure = failure == null ? e : failure; // closing a store on a full disk may fail too
      }
      assertThat(failure).as("the 3 MB disk filled up").isNotNull();
      assertThat(failure.getMessage()).contains(db.getFileName().toString()).containsIgnoringCase("space");
      assertThat(stored).isPositive();

      // Room again: the same file opens, and holds only whole articles.
      run("mount", "-o", "remount,size=64m", mount.toString());
      try (EventStore store = EventStore.open(db)) {
        assertThat(store.counts().articles()).isBetween((long) stored - 1, (long) stored + 1);
        assertThat(count(db, "SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) <> 2")).isZero();
        assertThat(store.store(Articles.withText(Articles.TEXT + " after the disk was freed", "after.txt"))).isTrue();
      }
    } finally {
      unmount(mount);
    }
  }

  @Test
  void aReadOnlyStoreFailsWithAClearMessageAndIsLeftAsItWas() throws Exception {
    Path mount = mounted("size=16m");
    try {
      Path db = mount.resolve("brink.duckdb");
      try (EventStore store = EventStore.open(db)) {
        store.store(Articles.pakistanStrikes());
      }
      run("mount", "-o", "remount,ro", mount.toString());
      assertThatThrownBy(() -> EventStore.open(db))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("cannot open event store " + db)
          .hasMessageContainingAll("ead-only");
      run("mount", "-o", "remount,rw", mount.toString());
      try (EventStore store = EventStore.open(db)) {
        assertThat(store.counts().articles()).isEqualTo(1);
        assertThat(store.counts().mentions()).isEqualTo(2);
      }
    } finally {
      unmount(mount);
    }
  }

  /** A fresh tmpfs under the test's directory, or the test is skipped. */
  private Path mounted(String options) throws Exception {
    Path mount = Files.createDirectories(dir.resolve("disk"));
    boolean ok;
    try {
      ok = run("mount", "-t", "tmpfs", "-o", options, "tmpfs", mount.toString()) == 0;
    } catch (IOException e) {
      ok = false;
    }
    Assumptions.assumeTrue(ok, "cannot mount a tmpfs here (needs root): skipped");
    return mount;
  }

  private static void unmount(Path mount) throws Exception {
    run("umount", "-l", mount.toString());
  }

  private static int run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return -1;
    }
    return p.exitValue();
  }

  private static long count(Path db, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
