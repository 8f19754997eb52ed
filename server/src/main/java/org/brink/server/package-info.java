/** The REST API over the event store, the coding endpoint and the web dashboard. */
@NullMarked
package org.brink.server;

import org.jspecify.annotations.NullMarked;
