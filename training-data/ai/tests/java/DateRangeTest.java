package com.example.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRangeTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static DateRange r(String start, String end) {
        return new DateRange(d(start), d(end));
    }

    @Test
    void rejectsEndBeforeStart() {
        assertThrows(IllegalArgumentException.class, () -> r("2024-03-10", "2024-03-09"));
    }

    @Test
    void singleDayRangeIsAllowed() {
        DateRange one = r("2024-03-10", "2024-03-10");
        assertEquals(1, one.lengthInDays());
        assertTrue(one.contains(d("2024-03-10")));
    }

    @Test
    void lengthIncludesBothEnds() {
        assertEquals(31, r("2024-01-01", "2024-01-31").lengthInDays());
        assertEquals(29, r("2024-02-01", "2024-02-29").lengthInDays());
    }

    @ParameterizedTest
    @CsvSource({
        "2024-03-01, true",
        "2024-03-15, true",
        "2024-03-31, true",
        "2024-02-29, false",
        "2024-04-01, false",
    })
    void containsIsInclusive(String date, boolean expected) {
        assertEquals(expected, r("2024-03-01", "2024-03-31").contains(d(date)));
    }

    @ParameterizedTest
    @CsvSource({
        "2024-01-01, 2024-01-10, 2024-01-05, 2024-01-20, true",
        "2024-01-01, 2024-01-10, 2024-01-10, 2024-01-20, true",
        "2024-01-01, 2024-01-10, 2024-01-11, 2024-01-20, false",
        "2024-01-05, 2024-01-06, 2024-01-01, 2024-01-31, true",
    })
    void overlaps(String s1, String e1, String s2, String e2, boolean expected) {
        DateRange a = r(s1, e1);
        DateRange b = r(s2, e2);
        assertEquals(expected, a.overlaps(b));
        assertEquals(expected, b.overlaps(a));
    }

    @Test
    void intersection() {
        Optional<DateRange> x = r("2024-01-01", "2024-01-10").intersect(r("2024-01-05", "2024-01-20"));
        assertTrue(x.isPresent());
        assertEquals(r("2024-01-05", "2024-01-10"), x.get());
        assertFalse(r("2024-01-01", "2024-01-02").intersect(r("2024-01-03", "2024-01-04")).isPresent());
    }

    @Test
    void daysListsEveryDate() {
        List<LocalDate> days = r("2023-12-30", "2024-01-02").days();
        assertEquals(List.of(d("2023-12-30"), d("2023-12-31"), d("2024-01-01"), d("2024-01-02")), days);
    }

    @Test
    void equalityIsByValue() {
        assertEquals(r("2024-05-01", "2024-05-02"), r("2024-05-01", "2024-05-02"));
        assertEquals(r("2024-05-01", "2024-05-02").hashCode(), r("2024-05-01", "2024-05-02").hashCode());
    }
}
