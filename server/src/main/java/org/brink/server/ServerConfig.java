package org.brink.server;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How {@code brink serve} listens and whom it lets in.
 *
 * @param host the address to bind: {@code 127.0.0.1} unless the user says otherwise
 * @param port the TCP port; 0 picks a free one (tests)
 * @param token the API token that coding (and reads from other machines) needs, or null to keep
 *     coding off; at least {@value AccessPolicy#MIN_TOKEN_LENGTH} characters
 * @param maxBodyBytes the largest request body accepted; a larger one gets 413
 */
public record ServerConfig(String host, int port, @Nullable String token, long maxBodyBytes) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;
  public static final long DEFAULT_MAX_BODY_BYTES = 10_000_000;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be from 0 to 65535: " + port);
    }
    if (maxBodyBytes < 1_000 || maxBodyBytes > 1_000_000_000) {
      throw new IllegalArgumentException(
          "maxBodyBytes must be from 1000 to 1000000000: " + maxBodyBytes);
    }
    if (token != null && token.strip().length() < AccessPolicy.MIN_TOKEN_LENGTH) {
      throw new IllegalArgumentException(
          "the API token must have at least " + AccessPolicy.MIN_TOKEN_LENGTH
              + " characters, it has " + token.strip().length());
    }
  }

  /** Loopback, port 7070, no token, 10 MB bodies. */
  public static ServerConfig defaults() {
    return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, null, DEFAULT_MAX_BODY_BYTES);
  }

  public ServerConfig withHost(String newHost) {
    return new ServerConfig(newHost, port, token, maxBodyBytes);
  }

  public ServerConfig withPort(int newPort) {
    return new ServerConfig(host, newPort, token, maxBodyBytes);
  }

  public ServerConfig withToken(@Nullable String newToken) {
    return new ServerConfig(host, port, newToken, maxBodyBytes);
  }

  public ServerConfig withMaxBodyBytes(long newMax) {
    return new ServerConfig(host, port, token, newMax);
  }

  @Override
  public String toString() {
    // Never print the token.
    return "ServerConfig[host=" + host + ", port=" + port + ", token="
        + (token == null ? "none" : "set") + ", maxBodyBytes=" + maxBodyBytes + "]";
  }
}
