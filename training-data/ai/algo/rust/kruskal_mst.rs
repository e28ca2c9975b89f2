#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Edge {
    pub u: usize,
    pub v: usize,
    pub w: f64,
}

struct Dsu {
    p: Vec<usize>,
    r: Vec<u8>,
}

impl Dsu {
    fn new(n: usize) -> Self {
        Dsu { p: (0..n).collect(), r: vec![0; n] }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.p[x] != x {
            self.p[x] = self.p[self.p[x]];
            x = self.p[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) -> bool {
        let (a, b) = (self.find(a), self.find(b));
        if a == b {
            return false;
        }
        match self.r[a].cmp(&self.r[b]) {
            std::cmp::Ordering::Less => self.p[a] = b,
            std::cmp::Ordering::Greater => self.p[b] = a,
            std::cmp::Ordering::Equal => {
                self.p[b] = a;
                self.r[a] += 1;
            }
        }
        true
    }
}

pub fn kruskal(n: usize, edges: &[Edge]) -> Option<(f64, Vec<Edge>)> {
    let mut sorted = edges.to_vec();
    sorted.sort_by(|a, b| a.w.partial_cmp(&b.w).unwrap());
    let mut dsu = Dsu::new(n);
    let mut tree = Vec::with_capacity(n.saturating_sub(1));
    let mut total = 0.0;
    for e in sorted {
        if dsu.union(e.u, e.v) {
            total += e.w;
            tree.push(e);
            if tree.len() + 1 == n {
                break;
            }
        }
    }
    if n > 0 && tree.len() + 1 != n {
        return None;
    }
    Some((total, tree))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(u: usize, v: usize, w: f64) -> Edge {
        Edge { u, v, w }
    }

    #[test]
    fn small_graph() {
        let edges = [e(0, 1, 4.0), e(0, 2, 1.0), e(1, 2, 2.0), e(1, 3, 5.0), e(2, 3, 8.0)];
        let (w, t) = kruskal(4, &edges).unwrap();
        assert_eq!(w, 8.0);
        assert_eq!(t.len(), 3);
    }

    #[test]
    fn disconnected() {
        assert!(kruskal(3, &[e(0, 1, 1.0)]).is_none());
    }
}
