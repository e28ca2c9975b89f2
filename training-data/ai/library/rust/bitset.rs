// A fixed-size bit set backed by a vector of u64 words.

use std::fmt;

pub struct BitSet {
    words: Vec<u64>,
    len: usize,
}

impl BitSet {
    // Create a new bit set with all bits cleared
    pub fn new(len: usize) -> Self {
        let word_count = (len + 63) / 64;
        BitSet {
            words: vec![0; word_count],
            len,
        }
    }

    // Return the number of bits in the set
    pub fn len(&self) -> usize {
        self.len
    }

    // Check if the bit set has zero length
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    // Function to check that an index is in range
    fn check_index(&self, index: usize) {
        if index >= self.len {
            panic!("bit index {} out of range for BitSet of length {}", index, self.len);
        }
    }

    // Set the bit at the given index
    pub fn set(&mut self, index: usize) {
        self.check_index(index);
        self.words[index / 64] |= 1u64 << (index % 64);
    }

    // Clear the bit at the given index
    pub fn clear(&mut self, index: usize) {
        self.check_index(index);
        self.words[index / 64] &= !(1u64 << (index % 64));
    }

    // Get the value of the bit at the given index
    pub fn get(&self, index: usize) -> bool {
        self.check_index(index);
        (self.words[index / 64] >> (index % 64)) & 1 == 1
    }

    // Count how many bits are set
    pub fn count_ones(&self) -> usize {
        let mut total = 0;
        for word in &self.words {
            total += word.count_ones() as usize;
        }
        total
    }

    // Clear all bits
    pub fn clear_all(&mut self) {
        for word in self.words.iter_mut() {
            *word = 0;
        }
    }

    // Union with another bit set of the same length
    pub fn union_with(&mut self, other: &BitSet) {
        assert_eq!(self.len, other.len, "bit sets must have the same length");
        for (a, b) in self.words.iter_mut().zip(other.words.iter()) {
            *a |= *b;
        }
    }

    // Intersection with another bit set of the same length
    pub fn intersect_with(&mut self, other: &BitSet) {
        assert_eq!(self.len, other.len, "bit sets must have the same length");
        for (a, b) in self.words.iter_mut().zip(other.words.iter()) {
            *a &= *b;
        }
    }

    // Return the indices of all set bits
    pub fn ones(&self) -> Vec<usize> {
        let mut result = Vec::new();
        for (i, &word) in self.words.iter().enumerate() {
            let mut w = word;
            while w != 0 {
                let bit = w.trailing_zeros() as usize;
                result.push(i * 64 + bit);
                // Clear the lowest set bit
                w &= w - 1;
            }
        }
        result
    }
}

impl fmt::Debug for BitSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::with_capacity(self.len);
        for i in 0..self.len {
            s.push(if self.get(i) { '1' } else { '0' });
        }
        write!(f, "BitSet({})", s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_set_and_get() {
        let mut bs = BitSet::new(130);
        bs.set(0);
        bs.set(64);
        bs.set(129);
        assert!(bs.get(0));
        assert!(bs.get(64));
        assert!(bs.get(129));
        assert!(!bs.get(1));
        assert_eq!(bs.count_ones(), 3);
        assert_eq!(bs.ones(), vec![0, 64, 129]);
    }

    #[test]
    fn test_union_and_intersection() {
        let mut a = BitSet::new(10);
        let mut b = BitSet::new(10);
        a.set(1);
        a.set(2);
        b.set(2);
        b.set(3);
        let mut u = BitSet::new(10);
        u.union_with(&a);
        u.union_with(&b);
        assert_eq!(u.ones(), vec![1, 2, 3]);
        a.intersect_with(&b);
        assert_eq!(a.ones(), vec![2]);
    }
}
