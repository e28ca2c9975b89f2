const fs = require("fs");

// Count words in a file.
function countWords(text) {
  const counts = {};
  for (const word of text.split(/\s+/)) {
    if (word) {
      counts[word] = (counts[word] || 0) + 1;
    }
  }
  return counts;
}

class Report {
  constructor(counts) {
    this.counts = counts;
  }
  top() {
    return Object.keys(this.counts).map((key) => [key, this.counts[key]]);
  }
}

module.exports = { countWords, Report };
