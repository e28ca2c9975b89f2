package util;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class StringUtilsTest {

    @Test
    public void isBlankHandlesNullAndWhitespace() {
        assertTrue(StringUtils.isBlank(null));
        assertTrue(StringUtils.isBlank(""));
        assertTrue(StringUtils.isBlank("   \t\n"));
        assertFalse(StringUtils.isBlank(" a "));
    }

    @Test
    public void capitalizeFirstLetterOnly() {
        assertEquals("Hello", StringUtils.capitalize("hello"));
        assertEquals("HELLO", StringUtils.capitalize("HELLO"));
        assertEquals("", StringUtils.capitalize(""));
        assertNull(StringUtils.capitalize(null));
    }

    @Test
    public void reverseString() {
        assertEquals("cba", StringUtils.reverse("abc"));
        assertEquals("", StringUtils.reverse(""));
    }

    @Test
    public void reversePreservesSurrogatePairs() {
        String s = "a\uD83D\uDE00b"; // a😀b
        assertEquals("b\uD83D\uDE00a", StringUtils.reverse(s));
    }

    @Test
    public void isPalindromeIgnoresCaseAndPunctuation() {
        assertTrue(StringUtils.isPalindrome("A man, a plan, a canal: Panama"));
        assertTrue(StringUtils.isPalindrome(""));
        assertFalse(StringUtils.isPalindrome("hello"));
    }

    @Test
    public void countOccurrences() {
        assertEquals(3, StringUtils.countOccurrences("banana", "a"));
        assertEquals(1, StringUtils.countOccurrences("aaaa", "aaa")); // non-overlapping
        assertEquals(0, StringUtils.countOccurrences("abc", "z"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void countOccurrencesRejectsEmptyNeedle() {
        StringUtils.countOccurrences("abc", "");
    }

    @Test
    public void padLeft() {
        assertEquals("007", StringUtils.padLeft("7", 3, '0'));
        assertEquals("1234", StringUtils.padLeft("1234", 3, '0'));
    }

    @Test
    public void abbreviate() {
        assertEquals("Hello...", StringUtils.abbreviate("Hello world", 8));
        assertEquals("Hi", StringUtils.abbreviate("Hi", 8));
    }

    @Test(expected = IllegalArgumentException.class)
    public void abbreviateRejectsTinyWidth() {
        StringUtils.abbreviate("Hello world", 3);
    }

    @Test
    public void joinSkipsNulls() {
        assertEquals("a,b", StringUtils.joinNonNull(",", "a", null, "b"));
        assertEquals("", StringUtils.joinNonNull(",", (String) null));
    }
}
