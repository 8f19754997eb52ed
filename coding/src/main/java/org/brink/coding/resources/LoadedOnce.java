package org.brink.coding.resources;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A bundled resource parsed on first use and shared afterwards. When parsing fails, the error is
 * kept and thrown again on every later call, so every caller sees the same, complete message
 * rather than a bare {@code NoClassDefFoundError} from a failed static initialiser.
 */
public final class LoadedOnce<T> implements Supplier<T> {
  private final Supplier<T> loader;
  private volatile @Nullable T value;
  private volatile @Nullable RuntimeException error;

  public LoadedOnce(Supplier<T> loader) {
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  @Override
  public T get() {
    T v = value;
    if (v != null) {
      return v;
    }
    synchronized (this) {
      if (value == null && error == null) {
        try {
          value = Objects.requireNonNull(loader.get(), "loader returned null");
        } catch (RuntimeException e) {
          error = e;
        }
      }
      RuntimeException e = error;
      if (e != null) {
        throw e;
      }
      return Objects.requireNonNull(value);
    }
  }
}
