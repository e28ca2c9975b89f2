export function editDistance(a, b, maxDistance = Infinity) {
    if (a === b) return 0;
    if (a.length < b.length) [a, b] = [b, a];
    if (a.length - b.length > maxDistance) return maxDistance + 1;
    if (b.length === 0) return a.length;

    let prevPrev = null;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);

    for (let i = 1; i <= a.length; i++) {
        const curr = new Array(b.length + 1);
        curr[0] = i;
        let rowMin = i;

        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
            if (prevPrev && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                d = Math.min(d, prevPrev[j - 2] + 1);
            }
            curr[j] = d;
            if (d < rowMin) rowMin = d;
        }

        if (rowMin > maxDistance) return maxDistance + 1;
        prevPrev = prev;
        prev = curr;
    }
    return prev[b.length];
}

export function similarity(a, b) {
    const longest = Math.max(a.length, b.length);
    return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

export function closestMatches(input, candidates, { limit = 3, maxDistance, caseSensitive = false } = {}) {
    const norm = (s) => (caseSensitive ? s : s.toLowerCase());
    const needle = norm(input);
    const cutoff = maxDistance ?? Math.max(1, Math.floor(needle.length / 3));

    return candidates
        .map((c) => ({ value: c, distance: editDistance(needle, norm(c), cutoff) }))
        .filter((m) => m.distance <= cutoff)
        .sort((x, y) => x.distance - y.distance || x.value.localeCompare(y.value))
        .slice(0, limit);
}

export function didYouMean(input, candidates) {
    const [best] = closestMatches(input, candidates, { limit: 1 });
    return best && best.distance > 0 ? best.value : null;
}
