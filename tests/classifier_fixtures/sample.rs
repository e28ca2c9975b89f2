use std::collections::HashMap;

/// Counts words.
struct Counter {
    counts: HashMap<String, usize>,
}

impl Counter {
    fn add(&mut self, word: &str) -> usize {
        let entry = self.counts.entry(word.to_lowercase()).or_insert(0);
        *entry += 1;
        *entry
    }
}

fn main() {
    let mut counter = Counter { counts: HashMap::new() };
    for word in "a b a".split_whitespace() {
        if !word.is_empty() {
            counter.add(word);
        }
    }
    println!("{:?}", counter.counts);
}
