// Refactored temperature conversion code.
// Before: units were passed around as strings ("C", "F", "K") and every
// function had its own match on the string with a panic for unknown units.
// After: a Unit enum with FromStr, and a Temperature struct that does the
// conversions in one place.

use std::fmt;
use std::str::FromStr;

// Enum for the supported temperature units
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Celsius,
    Fahrenheit,
    Kelvin,
}

// Error type for parsing units and temperatures
#[derive(Debug, PartialEq)]
pub enum ParseTempError {
    UnknownUnit(String),
    BadNumber(String),
    BelowAbsoluteZero,
}

impl fmt::Display for ParseTempError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ParseTempError::UnknownUnit(u) => write!(f, "unknown unit: {}", u),
            ParseTempError::BadNumber(n) => write!(f, "not a number: {}", n),
            ParseTempError::BelowAbsoluteZero => write!(f, "temperature is below absolute zero"),
        }
    }
}

impl FromStr for Unit {
    type Err = ParseTempError;

    // Parse a unit from a string like "C", "celsius" or "°F"
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim().trim_start_matches('°').to_ascii_lowercase();
        match s.as_str() {
            "c" | "celsius" => Ok(Unit::Celsius),
            "f" | "fahrenheit" => Ok(Unit::Fahrenheit),
            "k" | "kelvin" => Ok(Unit::Kelvin),
            _ => Err(ParseTempError::UnknownUnit(s)),
        }
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let symbol = match self {
            Unit::Celsius => "°C",
            Unit::Fahrenheit => "°F",
            Unit::Kelvin => "K",
        };
        write!(f, "{}", symbol)
    }
}

// A temperature value together with its unit
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Temperature {
    pub value: f64,
    pub unit: Unit,
}

impl Temperature {
    // Create a new temperature, checking it is not below absolute zero
    pub fn new(value: f64, unit: Unit) -> Result<Self, ParseTempError> {
        let t = Temperature { value, unit };
        if t.to_kelvin() < 0.0 {
            return Err(ParseTempError::BelowAbsoluteZero);
        }
        Ok(t)
    }

    // Convert the temperature to Kelvin (the common base unit)
    fn to_kelvin(&self) -> f64 {
        match self.unit {
            Unit::Celsius => self.value + 273.15,
            Unit::Fahrenheit => (self.value - 32.0) * 5.0 / 9.0 + 273.15,
            Unit::Kelvin => self.value,
        }
    }

    // Convert the temperature to another unit
    pub fn convert(&self, target: Unit) -> Temperature {
        let k = self.to_kelvin();
        let value = match target {
            Unit::Celsius => k - 273.15,
            Unit::Fahrenheit => (k - 273.15) * 9.0 / 5.0 + 32.0,
            Unit::Kelvin => k,
        };
        Temperature { value, unit: target }
    }
}

impl FromStr for Temperature {
    type Err = ParseTempError;

    // Parse strings like "21.5C", "70 F" or "300K"
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let split_at = s
            .find(|c: char| c.is_alphabetic() || c == '°')
            .unwrap_or(s.len());
        let (number, unit) = s.split_at(split_at);
        let value: f64 = number
            .trim()
            .parse()
            .map_err(|_| ParseTempError::BadNumber(number.trim().to_string()))?;
        let unit: Unit = unit.parse()?;
        Temperature::new(value, unit)
    }
}

impl fmt::Display for Temperature {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.2}{}", self.value, self.unit)
    }
}

fn main() {
    // Example usage of the refactored API
    let inputs = ["100C", "98.6 F", "0K", "-500C", "20 X"];
    for input in inputs.iter() {
        match input.parse::<Temperature>() {
            Ok(t) => println!(
                "{} = {} = {}",
                t,
                t.convert(Unit::Fahrenheit),
                t.convert(Unit::Kelvin)
            ),
            Err(e) => println!("{}: error: {}", input, e),
        }
    }
}
