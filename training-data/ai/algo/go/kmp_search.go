package textsearch

func prefixTable(pattern string) []int {
	table := make([]int, len(pattern))
	k := 0
	for i := 1; i < len(pattern); i++ {
		for k > 0 && pattern[i] != pattern[k] {
			k = table[k-1]
		}
		if pattern[i] == pattern[k] {
			k++
		}
		table[i] = k
	}
	return table
}

func IndexAll(text, pattern string) []int {
	if pattern == "" {
		return nil
	}
	table := prefixTable(pattern)
	var hits []int
	k := 0
	for i := 0; i < len(text); i++ {
		for k > 0 && text[i] != pattern[k] {
			k = table[k-1]
		}
		if text[i] == pattern[k] {
			k++
		}
		if k == len(pattern) {
			hits = append(hits, i-k+1)
			k = table[k-1]
		}
	}
	return hits
}

func Count(text, pattern string) int {
	return len(IndexAll(text, pattern))
}

func ShortestPeriod(s string) int {
	if s == "" {
		return 0
	}
	t := prefixTable(s)
	p := len(s) - t[len(s)-1]
	if len(s)%p == 0 {
		return p
	}
	return len(s)
}
