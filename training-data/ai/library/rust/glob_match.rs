//! Minimal shell-style glob matching.
//!
//! Supported syntax:
//! - `*` matches any run of characters except `/`
//! - `**` matches any run of characters including `/`
//! - `?` matches exactly one character except `/`
//! - `[abc]`, `[a-z]`, `[!abc]` match a character class
//!
//! Any other character, including `]` and `\`, matches itself.

use std::fmt;

/// Errors returned when compiling a glob pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GlobError {
    /// A `[` was never closed.
    UnclosedClass { at: usize },
    /// A character range like `[z-a]` runs backwards.
    InvalidRange { start: char, end: char },
}

impl fmt::Display for GlobError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GlobError::UnclosedClass { at } => write!(f, "unclosed '[' at position {at}"),
            GlobError::InvalidRange { start, end } => write!(f, "invalid range '{start}-{end}'"),
        }
    }
}

impl std::error::Error for GlobError {}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Literal(char),
    AnyChar,
    Star,
    DoubleStar,
    Class { negated: bool, ranges: Vec<(char, char)> },
}

/// A compiled glob pattern.
#[derive(Debug, Clone)]
pub struct Glob {
    tokens: Vec<Token>,
}

impl Glob {
    /// Compiles `pattern`, returning an error if its syntax is invalid.
    pub fn new(pattern: &str) -> Result<Self, GlobError> {
        let chars: Vec<char> = pattern.chars().collect();
        let mut tokens = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            match chars[i] {
                '*' if chars.get(i + 1) == Some(&'*') => {
                    tokens.push(Token::DoubleStar);
                    i += 2;
                }
                '*' => {
                    tokens.push(Token::Star);
                    i += 1;
                }
                '?' => {
                    tokens.push(Token::AnyChar);
                    i += 1;
                }
                '[' => {
                    let (token, next) = parse_class(&chars, i)?;
                    tokens.push(token);
                    i = next;
                }
                c => {
                    tokens.push(Token::Literal(c));
                    i += 1;
                }
            }
        }
        Ok(Glob { tokens })
    }

    /// Returns `true` if the whole of `text` matches the pattern.
    pub fn is_match(&self, text: &str) -> bool {
        let chars: Vec<char> = text.chars().collect();
        match_here(&self.tokens, &chars)
    }
}

/// Parses a `[...]` class starting at `start`; returns the token and the index after `]`.
fn parse_class(chars: &[char], start: usize) -> Result<(Token, usize), GlobError> {
    let mut i = start + 1;
    let negated = matches!(chars.get(i), Some('!') | Some('^'));
    if negated {
        i += 1;
    }
    let mut ranges = Vec::new();
    let mut first = true;
    loop {
        let c = *chars.get(i).ok_or(GlobError::UnclosedClass { at: start })?;
        if c == ']' && !first {
            return Ok((Token::Class { negated, ranges }, i + 1));
        }
        first = false;
        if chars.get(i + 1) == Some(&'-') && chars.get(i + 2).map_or(false, |&e| e != ']') {
            let end = chars[i + 2];
            if end < c {
                return Err(GlobError::InvalidRange { start: c, end });
            }
            ranges.push((c, end));
            i += 3;
        } else {
            ranges.push((c, c));
            i += 1;
        }
    }
}

fn match_here(tokens: &[Token], text: &[char]) -> bool {
    let Some((first, rest)) = tokens.split_first() else {
        return text.is_empty();
    };
    match first {
        Token::DoubleStar => (0..=text.len()).any(|k| match_here(rest, &text[k..])),
        Token::Star => {
            let limit = text.iter().position(|&c| c == '/').unwrap_or(text.len());
            (0..=limit).any(|k| match_here(rest, &text[k..]))
        }
        _ => match text.split_first() {
            Some((&c, tail)) if single_matches(first, c) => match_here(rest, tail),
            _ => false,
        },
    }
}

fn single_matches(token: &Token, c: char) -> bool {
    match token {
        Token::Literal(l) => *l == c,
        Token::AnyChar => c != '/',
        Token::Class { negated, ranges } => {
            let hit = ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi);
            hit != *negated
        }
        Token::Star | Token::DoubleStar => unreachable!("handled in match_here"),
    }
}

