package org.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** All titles are invented for Brink's tests; not real news. */
class PageMetadataTest {
  @Test
  void trimsSiteNameFromTitle() {
    assertThat(PageMetadata.trimSiteName("Talks resume in Geneva | The Daily Planet", null, true))
        .isEqualTo("Talks resume in Geneva");
    assertThat(
            PageMetadata.trimSiteName("Talks resume in Geneva - World - Daily Planet", null, true))
        .isEqualTo("Talks resume in Geneva");
    assertThat(
            PageMetadata.trimSiteName("Daily Planet: Talks resume in Geneva", "Daily Planet", true))
        .isEqualTo("Daily Planet: Talks resume in Geneva");
    assertThat(
            PageMetadata.trimSiteName(
                "Daily Planet | Talks resume in Geneva", "Daily Planet", false))
        .isEqualTo("Talks resume in Geneva");
  }

  @Test
  void keepsDashesThatArePartOfTheHeadline() {
    assertThat(PageMetadata.trimSiteName("Iran - US talks collapse", null, true))
        .isEqualTo("Iran - US talks collapse");
    assertThat(
            PageMetadata.trimSiteName(
                "Talks collapse in Geneva - envoys blame each other", null, true))
        .isEqualTo("Talks collapse in Geneva - envoys blame each other");
  }

  @Test
  void fallsBackToTheFirstHeadingAndTheUrlHost() {
    PageMetadata meta =
        PageMetadata.of(
            Jsoup.parse(
                "<link rel=canonical href='https://www.wire.example/a'><h1>Envoys meet in Juba</h1>"
                    + "<article><time datetime='2025-03-14T10:00:00Z'>Friday</time></article>"));
    assertThat(meta)
        .isEqualTo(
            new PageMetadata(
                "Envoys meet in Juba",
                LocalDate.of(2025, 3, 14),
                "https://www.wire.example/a",
                "wire.example"));
  }

  @Test
  void readsDateAndPublisherFromJsonLdAndIgnoresBrokenJsonLd() {
    PageMetadata meta =
        PageMetadata.of(
            Jsoup.parse(
                "<script type='application/ld+json'>{broken</script><script"
                    + " type='application/ld+json'>[{\"@type\":\"NewsArticle\",\"headline\":\"Envoys"
                    + " meet\","
                    + "\"datePublished\":\"2025-03-14\",\"publisher\":{\"name\":\"Wire\"}}]</script>"));
    assertThat(meta)
        .isEqualTo(new PageMetadata("Envoys meet", LocalDate.of(2025, 3, 14), null, "Wire"));
  }

  @Test
  void findsNoHostInAMalformedUrl() {
    assertThat(PageMetadata.host("http://exa mple.org/")).isNull();
    assertThat(PageMetadata.host("https://WWW.Example.org/path")).isEqualTo("example.org");
  }
}
