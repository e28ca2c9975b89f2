interface Entry {
  word: string;
  count: number;
}

// Count words in a text.
export function countWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.split(/\s+/)) {
    if (word.length > 0) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

export class Report {
  constructor(private readonly counts: Map<string, number>) {}
  entries(): Entry[] {
    return [...this.counts].map(([word, count]) => ({ word, count }));
  }
}
