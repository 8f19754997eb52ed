package org.brink.server;

import org.jspecify.annotations.Nullable;

/**
 * A request the API refuses, with the HTTP status and the JSON error it answers with: {@code
 * {"error": CODE, "message": ..., "parameter": NAME}}.
 *
 * @param status the HTTP status
 * @param code a stable kebab-case code, e.g. {@code "bad-parameter"}
 * @param parameter the query parameter, path parameter or body field at fault, or null
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final @Nullable String parameter;

  ApiException(int status, String code, String message, @Nullable String parameter) {
    super(message);
    this.status = status;
    this.code = code;
    this.parameter = parameter;
  }

  /** 400 naming the parameter: {@code "limit: must be a whole number from 1 to 500, not 'x'"}. */
  static ApiException badParameter(String parameter, String problem) {
    return new ApiException(400, "bad-parameter", parameter + ": " + problem, parameter);
  }

  static ApiException notFound(String what) {
    return new ApiException(404, "not-found", what, null);
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  @Nullable String parameter() {
    return parameter;
  }
}
