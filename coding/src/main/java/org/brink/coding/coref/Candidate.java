package org.brink.coding.coref;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A noun phrase of one sentence that an anaphor may refer to: an actor mention, an anaphor already
 * resolved, or any other noun or pronoun (with no referents) that competes with them.
 *
 * @param sentence the sentence's index in the article
 * @param head the phrase's head token
 * @param first the first token of the phrase as the resolver knows it (the head alone for phrases
 *     that are not mentions)
 * @param last the last token, inclusive
 * @param text the phrase as written
 * @param ner the named-entity class of the head token, e.g. {@code "ORGANIZATION"} or {@code "O"}
 * @param person whether it names a person ("Blinken", "the minister", "he")
 * @param place whether it is a place phrase ("in Laos"), which names where, not who
 * @param group whether it is a coordination ("India and Pakistan"); its members are candidates too
 * @param referents the actors it stands for; empty for a phrase that names no actor
 */
record Candidate(
    int sentence,
    int head,
    int first,
    int last,
    String text,
    String ner,
    boolean person,
    Plurality plurality,
    Role role,
    boolean place,
    boolean group,
    List<Referent> referents) {
  Candidate {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(ner, "ner");
    Objects.requireNonNull(plurality, "plurality");
    Objects.requireNonNull(role, "role");
    referents = List.copyOf(referents);
  }

  /** Grammatical number, with collectives ("the army", "Hamas") taking "it" and "they" alike. */
  enum Plurality {
    SINGULAR,
    PLURAL,
    COLLECTIVE
  }

  /** The phrase's part in its sentence. */
  enum Role {
    /** Subject of the sentence's main clause. */
    SUBJECT,
    /** Subject of another clause, or an object. */
    CORE,
    OTHER
  }

  boolean isActor() {
    return !referents.isEmpty();
  }

  boolean core() {
    return role != Role.OTHER;
  }

  Candidate withRole(Role newRole) {
    return new Candidate(
        sentence, head, first, last, text, ner, person, plurality, newRole, place, group,
        referents);
  }

  /**
   * Equal for phrases that stand for the same actors; a phrase with no actor is only equal to
   * itself.
   */
  String key() {
    if (referents.isEmpty()) {
      return "?" + sentence + "." + head + (group ? "+" : "");
    }
    return referents.stream().map(Referent::code).sorted().collect(Collectors.joining("+"));
  }
}
