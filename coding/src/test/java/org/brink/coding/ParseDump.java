package org.brink.coding;

import java.util.List;
import org.brink.core.AnnotatedText;
import org.brink.core.ArticleId;
import org.brink.core.ArticleMeta;
import org.brink.core.CleanText;
import org.brink.core.Dependency;
import org.brink.core.Outcome;
import org.brink.core.Sentence;
import org.brink.nlp.AnnotatorConfig;
import org.brink.nlp.corenlp.CoreNlpAnnotator;

/** A development aid: prints the parses of the sentences given as arguments. */
final class ParseDump {
  public static void main(String[] args) {
    CoreNlpAnnotator a = new CoreNlpAnnotator(AnnotatorConfig.defaults());
    org.brink.coding.actors.ActorMatcher actors =
        new org.brink.coding.actors.ActorMatcher(org.brink.coding.actors.ActorDictionary.loadDefault());
    for (String text : args) {
      AnnotatedText t = ((Outcome.Done<AnnotatedText>) a.apply(new CleanText(ArticleId.ofContent(text), ArticleMeta.of("x"), text, List.of()))).value();
      for (Sentence s : t.sentences()) {
        System.out.println(s.span().of(text));
        System.out.println("  actors: " + actors.find(s, text, java.time.LocalDate.of(2024, 4, 14)));
        for (Dependency d : s.dependencies()) {
          String gov = d.governor() < 0 ? "ROOT" : s.tokens().get(d.governor()).word() + "-" + d.governor();
          var dep = s.tokens().get(d.dependent());
          System.out.println("  " + d.relation() + "(" + gov + ", " + dep.word() + "-" + d.dependent() + " " + dep.pos() + " " + dep.lemma() + ")");
        }
      }
    }
  }
}
