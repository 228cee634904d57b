package dev.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class IndonesianDatesTest {
    private final IndonesianDates dates = new IndonesianDates(new Lexicon("id"));

    @Test
    void readsNewsDateLinesWithTimeZones() {
        assertThat(dates.find("Kamis, 7 Maret 2024 - 09:30:15 WIB"))
                .isEqualTo(OffsetDateTime.parse("2024-03-07T09:30:15+07:00"));
        assertThat(dates.find("Selasa 05-03-2024,14:20 WITA")).isEqualTo(OffsetDateTime.parse("2024-03-05T14:20+08:00"));
        assertThat(dates.find("Senin 4/3/2024 08.00 WIT")).isEqualTo(OffsetDateTime.parse("2024-03-04T08:00+09:00"));
        assertThat(dates.find("pada 17 Agustus 1945 di Jakarta")).isEqualTo(LocalDate.of(1945, 8, 17));
        assertThat(dates.find("tanpa tanggal")).isNull();
        assertThat(dates.find("31 Februari 2024")).isNull();
    }

    @Test
    void readsDatesGivenBySources() {
        assertThat(dates.parseGiven("2017-03-28")).isEqualTo(LocalDate.of(2017, 3, 28));
        assertThat(dates.parseGiven("2024-03-04T10:15:00+07:00")).isEqualTo(OffsetDateTime.parse("2024-03-04T10:15+07:00"));
        assertThat(dates.parseGiven("2 Januari 2018")).isEqualTo(LocalDate.of(2018, 1, 2));
        assertThat(dates.parseGiven("kemarin")).isNull();
    }

    @Test
    void knowsDayNames() {
        assertThat(dates.dayOfWeek("pada hari Jumat lalu")).isEqualTo(5);
        assertThat(dates.dayOfWeek("tidak ada")).isZero();
    }
}
