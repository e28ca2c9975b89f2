/// Levenshtein edit distance between two strings, counted in Unicode scalar values.
///
/// Uses a single row of the DP table, so memory is O(min(a, b)).
pub fn levenshtein(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    // Make `b` the shorter one to minimise the row size.
    let (a, b) = if a.len() < b.len() { (b, a) } else { (a, b) };
    if b.is_empty() {
        return a.len();
    }

    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            let cost = if ca == cb { 0 } else { 1 };
            row[j + 1] = (above + 1).min(row[j] + 1).min(diag + cost);
            diag = above;
        }
    }
    row[b.len()]
}

/// Damerau-Levenshtein (optimal string alignment): also counts adjacent transpositions.
pub fn osa_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (n, m) = (a.len(), b.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for i in 0..=n {
        d[i][0] = i;
    }
    for j in 0..=m {
        d[0][j] = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[n][m]
}

/// Returns candidates within `max_distance` of `word`, closest first.
pub fn suggest<'a>(word: &str, candidates: &[&'a str], max_distance: usize) -> Vec<&'a str> {
    let mut scored: Vec<(usize, &'a str)> = candidates
        .iter()
        .map(|c| (osa_distance(word, c), *c))
        .filter(|(d, _)| *d <= max_distance)
        .collect();
    scored.sort_by(|x, y| x.0.cmp(&y.0).then_with(|| x.1.cmp(y.1)));
    scored.into_iter().map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classic_examples() {
        assert_eq!(levenshtein("kitten", "sitting"), 3);
        assert_eq!(levenshtein("flaw", "lawn"), 2);
        assert_eq!(levenshtein("", "abc"), 3);
        assert_eq!(levenshtein("same", "same"), 0);
    }

    #[test]
    fn is_symmetric() {
        assert_eq!(levenshtein("abc", "yabd"), levenshtein("yabd", "abc"));
    }

    #[test]
    fn handles_multibyte_characters() {
        assert_eq!(levenshtein("café", "cafe"), 1);
    }

    #[test]
    fn transposition_counts_once_in_osa() {
        assert_eq!(levenshtein("ab", "ba"), 2);
        assert_eq!(osa_distance("ab", "ba"), 1);
    }

    #[test]
    fn suggestions_are_sorted() {
        let cmds = ["status", "stash", "start", "commit", "checkout"];
        assert_eq!(suggest("stats", &cmds, 2), vec!["status", "start", "stash"]);
    }
}
