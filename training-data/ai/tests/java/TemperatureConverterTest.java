package com.example.units;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Before;
import org.junit.Test;

/**
 * JUnit 4 tests for {@link TemperatureConverter}.
 *
 * The converter uses instance methods rather than statics so it can be mocked
 * elsewhere; here we just create a fresh instance for each test.
 */
public class TemperatureConverterTest {

    // Floating point results are compared with a small tolerance, because
    // values like 98.6 F cannot be represented exactly in binary.
    private static final double DELTA = 1e-9;

    private TemperatureConverter converter;

    @Before
    public void setUp() {
        // A new converter for every test keeps the tests independent.
        converter = new TemperatureConverter();
    }

    // --- Celsius to Fahrenheit -------------------------------------------

    @Test
    public void freezingPointOfWaterInFahrenheit() {
        assertEquals(32.0, converter.celsiusToFahrenheit(0.0), DELTA);
    }

    @Test
    public void boilingPointOfWaterInFahrenheit() {
        assertEquals(212.0, converter.celsiusToFahrenheit(100.0), DELTA);
    }

    @Test
    public void minusFortyIsTheSameInBothScales() {
        // -40 is the one temperature where Celsius and Fahrenheit agree.
        assertEquals(-40.0, converter.celsiusToFahrenheit(-40.0), DELTA);
        assertEquals(-40.0, converter.fahrenheitToCelsius(-40.0), DELTA);
    }

    // --- Fahrenheit to Celsius -------------------------------------------

    @Test
    public void bodyTemperatureInCelsius() {
        assertEquals(37.0, converter.fahrenheitToCelsius(98.6), 1e-6);
    }

    // --- Kelvin -----------------------------------------------------------

    @Test
    public void absoluteZeroInKelvin() {
        assertEquals(0.0, converter.celsiusToKelvin(-273.15), DELTA);
    }

    @Test
    public void kelvinToCelsius() {
        assertEquals(26.85, converter.kelvinToCelsius(300.0), 1e-9);
    }

    // --- Invalid input -----------------------------------------------------

    // The converter must reject temperatures below absolute zero.
    @Test(expected = IllegalArgumentException.class)
    public void rejectsCelsiusBelowAbsoluteZero() {
        converter.celsiusToFahrenheit(-300.0);
    }

    @Test(expected = IllegalArgumentException.class)
    public void rejectsNegativeKelvin() {
        converter.kelvinToCelsius(-1.0);
    }

    @Test(expected = IllegalArgumentException.class)
    public void rejectsNaN() {
        converter.celsiusToFahrenheit(Double.NaN);
    }

    // --- Round trips --------------------------------------------------------

    @Test
    public void roundTripCelsiusFahrenheitIsLossless() {
        // Converting there and back should give the original value for a
        // spread of ordinary temperatures.
        for (double c = -50.0; c <= 150.0; c += 12.5) {
            double back = converter.fahrenheitToCelsius(converter.celsiusToFahrenheit(c));
            assertEquals("round trip failed for " + c, c, back, 1e-9);
        }
    }

    @Test
    public void higherCelsiusAlwaysMeansHigherFahrenheit() {
        // The conversion is strictly increasing.
        double previous = converter.celsiusToFahrenheit(-100.0);
        for (int c = -99; c <= 100; c++) {
            double current = converter.celsiusToFahrenheit(c);
            assertTrue("not increasing at " + c, current > previous);
            previous = current;
        }
    }
}
