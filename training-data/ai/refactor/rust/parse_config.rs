//! Config file parsing, refactored to remove `unwrap()` calls.
//!
//! The previous version panicked on any malformed line. Errors are now
//! collected into a `ConfigError` that carries the line number, and parsing
//! uses iterator adapters instead of manual index bookkeeping.

use std::collections::HashMap;
use std::fmt;
use std::fs;
use std::path::Path;

#[derive(Debug)]
pub enum ConfigError {
    Io(std::io::Error),
    Syntax { line: usize, message: String },
    DuplicateKey { line: usize, key: String },
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io(e) => write!(f, "could not read config: {e}"),
            Self::Syntax { line, message } => write!(f, "line {line}: {message}"),
            Self::DuplicateKey { line, key } => write!(f, "line {line}: duplicate key `{key}`"),
        }
    }
}

impl std::error::Error for ConfigError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Io(e) => Some(e),
            _ => None,
        }
    }
}

impl From<std::io::Error> for ConfigError {
    fn from(e: std::io::Error) -> Self {
        Self::Io(e)
    }
}

#[derive(Debug, Default)]
pub struct Config {
    sections: HashMap<String, HashMap<String, String>>,
}

impl Config {
    pub fn load(path: impl AsRef<Path>) -> Result<Self, ConfigError> {
        Self::parse(&fs::read_to_string(path)?)
    }

    pub fn parse(text: &str) -> Result<Self, ConfigError> {
        let mut config = Config::default();
        let mut section = String::from("default");

        for (idx, raw) in text.lines().enumerate() {
            let line_no = idx + 1;
            let line = strip_comment(raw).trim();
            if line.is_empty() {
                continue;
            }

            if let Some(name) = line.strip_prefix('[') {
                let name = name.strip_suffix(']').ok_or_else(|| ConfigError::Syntax {
                    line: line_no,
                    message: "unterminated section header".into(),
                })?;
                section = name.trim().to_string();
                continue;
            }

            let (key, value) = line.split_once('=').ok_or_else(|| ConfigError::Syntax {
                line: line_no,
                message: format!("expected `key = value`, found `{line}`"),
            })?;
            let key = key.trim();
            if key.is_empty() {
                return Err(ConfigError::Syntax { line: line_no, message: "empty key".into() });
            }

            let entries = config.sections.entry(section.clone()).or_default();
            if entries.insert(key.to_string(), unquote(value.trim()).to_string()).is_some() {
                return Err(ConfigError::DuplicateKey { line: line_no, key: key.to_string() });
            }
        }
        Ok(config)
    }

    pub fn get(&self, section: &str, key: &str) -> Option<&str> {
        self.sections.get(section)?.get(key).map(String::as_str)
    }

    pub fn get_or<'a>(&'a self, section: &str, key: &str, default: &'a str) -> &'a str {
        self.get(section, key).unwrap_or(default)
    }

    pub fn get_parsed<T: std::str::FromStr>(&self, section: &str, key: &str) -> Option<Result<T, T::Err>> {
        self.get(section, key).map(str::parse)
    }
}

fn strip_comment(line: &str) -> &str {
    // `#` and `;` start a comment unless they appear inside quotes
    let mut in_quotes = false;
    for (i, c) in line.char_indices() {
        match c {
            '"' => in_quotes = !in_quotes,
            '#' | ';' if !in_quotes => return &line[..i],
            _ => {}
        }
    }
    line
}

fn unquote(value: &str) -> &str {
    value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .unwrap_or(value)
}
