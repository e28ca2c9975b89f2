use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    Empty,
    WrongPartCount(usize),
    InvalidNumber(String),
    LeadingZero(String),
    EmptyIdentifier,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Empty => write!(f, "empty version string"),
            ParseError::WrongPartCount(n) => write!(f, "expected MAJOR.MINOR.PATCH, found {n} part(s)"),
            ParseError::InvalidNumber(s) => write!(f, "invalid numeric component: {s:?}"),
            ParseError::LeadingZero(s) => write!(f, "numeric component has a leading zero: {s:?}"),
            ParseError::EmptyIdentifier => write!(f, "empty pre-release identifier"),
        }
    }
}

impl std::error::Error for ParseError {}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
    pub pre: Vec<String>,
    pub build: Option<String>,
}

fn parse_num(s: &str) -> Result<u64, ParseError> {
    if s.len() > 1 && s.starts_with('0') {
        return Err(ParseError::LeadingZero(s.to_owned()));
    }
    s.parse().map_err(|_| ParseError::InvalidNumber(s.to_owned()))
}

impl FromStr for Version {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim().trim_start_matches('v');
        if s.is_empty() {
            return Err(ParseError::Empty);
        }
        let (rest, build) = match s.split_once('+') {
            Some((r, b)) => (r, Some(b.to_owned())),
            None => (s, None),
        };
        let (core, pre) = match rest.split_once('-') {
            Some((c, p)) => {
                let ids: Vec<String> = p.split('.').map(str::to_owned).collect();
                if ids.iter().any(String::is_empty) {
                    return Err(ParseError::EmptyIdentifier);
                }
                (c, ids)
            }
            None => (rest, Vec::new()),
        };
        let parts: Vec<&str> = core.split('.').collect();
        if parts.len() != 3 {
            return Err(ParseError::WrongPartCount(parts.len()));
        }
        Ok(Version {
            major: parse_num(parts[0])?,
            minor: parse_num(parts[1])?,
            patch: parse_num(parts[2])?,
            pre,
            build,
        })
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)?;
        if !self.pre.is_empty() {
            write!(f, "-{}", self.pre.join("."))?;
        }
        if let Some(b) = &self.build {
            write!(f, "+{b}")?;
        }
        Ok(())
    }
}

fn cmp_identifier(a: &str, b: &str) -> Ordering {
    match (a.parse::<u64>(), b.parse::<u64>()) {
        (Ok(x), Ok(y)) => x.cmp(&y),
        (Ok(_), Err(_)) => Ordering::Less, // numeric identifiers sort first
        (Err(_), Ok(_)) => Ordering::Greater,
        (Err(_), Err(_)) => a.cmp(b),
    }
}

impl Ord for Version {
    /// Precedence per SemVer 2.0.0; build metadata is ignored.
    fn cmp(&self, other: &Self) -> Ordering {
        (self.major, self.minor, self.patch)
            .cmp(&(other.major, other.minor, other.patch))
            .then_with(|| match (self.pre.is_empty(), other.pre.is_empty()) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Greater,
                (false, true) => Ordering::Less,
                (false, false) => self
                    .pre
                    .iter()
                    .zip(&other.pre)
                    .map(|(a, b)| cmp_identifier(a, b))
                    .find(|o| *o != Ordering::Equal)
                    .unwrap_or_else(|| self.pre.len().cmp(&other.pre.len())),
            })
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Version {
    pub fn is_compatible_with(&self, required: &Version) -> bool {
        if self < required {
            return false;
        }
        match required.major {
            0 => self.major == 0 && self.minor == required.minor,
            m => self.major == m,
        }
    }
}
