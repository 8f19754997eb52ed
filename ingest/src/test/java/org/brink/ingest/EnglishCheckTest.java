package org.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** All text is invented for Brink's tests; not real news. */
class EnglishCheckTest {
  @Test
  void acceptsEnglishProse() {
    assertThat(
            EnglishCheck.whyNotEnglish(
                "Envoys from Sudan and South Sudan met in Juba on Thursday to discuss the fees"
                    + " charged on oil exported through Port Sudan, officials from both governments"
                    + " said."))
        .isEmpty();
  }

  @Test
  void acceptsShortEnglishFullOfNames() {
    assertThat(
            EnglishCheck.whyNotEnglish(
                "Brazil's former leader Luiz Inacio Lula da Silva, newly freed, attacked President"
                    + " Jair Bolsonaro in Sao Paulo."))
        .isEmpty();
  }

  @Test
  void rejectsFrenchProse() {
    assertThat(
            EnglishCheck.whyNotEnglish(
                "Le ministre des affaires étrangères a rencontré son homologue sénégalais à Dakar"
                    + " pour discuter de la pêche dans les eaux territoriales et des accords avec"
                    + " l'Union européenne."))
        .contains("text does not look like English (English function words 4% of 28 words)");
  }

  @Test
  void rejectsLongTextWithoutEnglishFunctionWords() {
    String polish =
        "Minister spraw zagranicznych Polski spotkał się w środę z ambasadorem Litwy w Warszawie."
            + " Rozmowy dotyczyły współpracy energetycznej oraz budowy nowego połączenia"
            + " kolejowego. Obie strony zapowiedziały kolejne spotkanie jeszcze przed końcem roku w"
            + " Wilnie, gdzie omówione zostaną szczegóły finansowania projektu przez fundusze"
            + " unijne.";
    assertThat(EnglishCheck.whyNotEnglish(polish))
        .contains("text does not look like English (English function words 0% of 42 words)");
  }

  @Test
  void rejectsTextInAnotherScript() {
    assertThat(
            EnglishCheck.whyNotEnglish(
                "وقال وزير الخارجية إن المحادثات مع الجانب السوداني ستستأنف الشهر المقبل في العاصمة"
                    + " جوبا بحضور الوسطاء من الاتحاد الأفريقي"))
        .hasValueSatisfying(reason -> assertThat(reason).endsWith("letters are Arabic script)"));
  }

  @Test
  void doesNotJudgeFewerThanTwelveWords() {
    assertThat(EnglishCheck.whyNotEnglish("Le ministre a rencontré son homologue à Dakar."))
        .isEmpty();
  }
}
