/** Scores the coder's predictions against a gold set: matching rules, figures and their records. */
@NullMarked
package org.brink.eval.scoring;

import org.jspecify.annotations.NullMarked;
