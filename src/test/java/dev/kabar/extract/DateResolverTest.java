package dev.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    private final DateResolver dates = new DateResolver(new Lexicon("id"));
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 8); // a Friday

    private LocalDate first(String text, LocalDate reference) {
        DateResolver.DateRange r = dates.find(text, reference, false);
        return r == null ? null : r.first();
    }

    @Test
    void yearComesFromTheReferenceDate() {
        assertThat(first("rapat digelar Selasa (5/3) di Jakarta", PUBLISHED)).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(first("pada 28 Februari lalu", PUBLISHED)).isEqualTo(LocalDate.of(2024, 2, 28));
        // early January news about late December is about the year before
        assertThat(first("Kamis (28/12)", LocalDate.of(2024, 1, 3))).isEqualTo(LocalDate.of(2023, 12, 28));
    }

    @Test
    void theWeekdayMustAgree() {
        // from 8 May 2024, 6/11 is nearest in 2024; but 6/11 was a Monday only in 2023, so "Senin" picks 2023
        assertThat(first("(6/11)", LocalDate.of(2024, 5, 8))).isEqualTo(LocalDate.of(2024, 11, 6));
        assertThat(first("Senin (6/11)", LocalDate.of(2024, 5, 8))).isEqualTo(LocalDate.of(2023, 11, 6));
        assertThat(first("Rabu (6/11)", LocalDate.of(2023, 11, 20))).isNull();
    }

    @Test
    void rangesAndFullDates() {
        DateResolver.DateRange r = dates.find("pada Sabtu dan Minggu (2 dan 3/3/2024)", null, false);
        assertThat(r.first()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(r.last()).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(first("Minggu (9/4/2017) sore", null)).isEqualTo(LocalDate.of(2017, 4, 9));
        assertThat(first("Selasa (9/4/2017) sore", null)).as("9 April 2017 was a Sunday").isNull();
    }

    @Test
    void aWeekdayAloneIsTheLastOneBeforePublication() {
        assertThat(first("kata dia pada Rabu", PUBLISHED)).isEqualTo(LocalDate.of(2024, 3, 6));
        assertThat(dates.find("akan bertemu pada Senin", PUBLISHED, true).first()).isEqualTo(LocalDate.of(2024, 3, 11));
        assertThat(first("tanpa tanggal", PUBLISHED)).isNull();
    }

    @Test
    void latestFullDateOfAnArticle() {
        assertThat(dates.latestFullDate("pada 7 Oktober 2023 lalu dan Jumat (22/12/2023) kemarin"))
                .isEqualTo(LocalDate.of(2023, 12, 22));
    }
}
