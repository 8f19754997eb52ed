/**
 * Gold standards for the event coder: the gold model and readers for Brink gold, PETRARCH XML
 * validation records and PLOVER gold-standard JSON.
 */
@NullMarked
package org.brink.eval.gold;

import org.jspecify.annotations.NullMarked;
