package org.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

  @Test
  void readsIsoDates() {
    assertThat(PublicationDates.parse("2025-03-14")).contains(DAY);
    assertThat(PublicationDates.parse(" 2025-03-14 ")).contains(DAY);
  }

  @Test
  void keepsTheDayAsWrittenOfADateTime() {
    assertThat(PublicationDates.parse("2025-03-14T23:30:00-05:00")).contains(DAY);
    assertThat(PublicationDates.parse("2025-03-14T09:30:00.123Z")).contains(DAY);
    assertThat(PublicationDates.parse("2025-03-14 09:30")).contains(DAY);
    assertThat(PublicationDates.parse("2025-03-14T09:30:00+0100")).contains(DAY);
    assertThat(PublicationDates.parse("2025-03-14T09:30:00+01:00[Europe/Paris]")).contains(DAY);
  }

  @Test
  void rejectsWhatIsNotADate() {
    assertThat(PublicationDates.parse("14 March 2025")).isEmpty();
    assertThat(PublicationDates.parse("2025-02-30")).isEmpty();
    assertThat(PublicationDates.parse("2025-03-14 and later")).isEmpty();
    assertThat(PublicationDates.parse("")).isEmpty();
  }
}
