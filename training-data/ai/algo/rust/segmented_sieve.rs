// Segmented sieve of Eratosthenes for listing primes in a range [low, high].
// This uses O(sqrt(high)) memory for the base primes plus one segment buffer,
// so it works for ranges near 10^12 without allocating a huge array.

// Size of each segment processed at a time
const SEGMENT_SIZE: u64 = 1 << 16;

// Function to compute all primes up to limit using a simple sieve
fn simple_sieve(limit: u64) -> Vec<u64> {
    let limit = limit as usize;
    let mut is_prime = vec![true; limit + 1];
    let mut primes = Vec::new();

    // 0 and 1 are not prime
    is_prime[0] = false;
    if limit >= 1 {
        is_prime[1] = false;
    }

    let mut i = 2;
    while i * i <= limit {
        if is_prime[i] {
            let mut j = i * i;
            while j <= limit {
                is_prime[j] = false;
                j += i;
            }
        }
        i += 1;
    }

    for (n, &p) in is_prime.iter().enumerate() {
        if p {
            primes.push(n as u64);
        }
    }
    primes
}

// Function to compute the integer square root
fn isqrt(n: u64) -> u64 {
    let mut r = (n as f64).sqrt() as u64;
    // Adjust for floating point errors
    while r * r > n {
        r -= 1;
    }
    while (r + 1) * (r + 1) <= n {
        r += 1;
    }
    r
}

// Function to find all primes in the range [low, high]
pub fn primes_in_range(low: u64, high: u64) -> Vec<u64> {
    let mut result = Vec::new();

    // Check for an empty range
    if high < 2 || low > high {
        return result;
    }
    let low = low.max(2);

    // Get the base primes up to sqrt(high)
    let base_primes = simple_sieve(isqrt(high));

    // Process the range one segment at a time
    let mut seg_start = low;
    while seg_start <= high {
        let seg_end = (seg_start + SEGMENT_SIZE - 1).min(high);
        let seg_len = (seg_end - seg_start + 1) as usize;
        let mut mark = vec![true; seg_len];

        for &p in &base_primes {
            // Find the first multiple of p in the segment, starting at p*p
            let mut start = ((seg_start + p - 1) / p) * p;
            if start < p * p {
                start = p * p;
            }
            if start > seg_end {
                continue;
            }
            let mut m = start;
            while m <= seg_end {
                mark[(m - seg_start) as usize] = false;
                m += p;
            }
        }

        // Collect the primes from this segment
        for (i, &is_p) in mark.iter().enumerate() {
            if is_p {
                result.push(seg_start + i as u64);
            }
        }

        seg_start = seg_end + 1;
    }

    result
}

fn main() {
    // Initialize the range from command line arguments or use defaults
    let args: Vec<String> = std::env::args().collect();
    let low: u64 = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(1_000_000_000);
    let high: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1_000_000_100);

    let primes = primes_in_range(low, high);
    println!("Found {} primes between {} and {}:", primes.len(), low, high);
    for p in primes {
        println!("{}", p);
    }
}
