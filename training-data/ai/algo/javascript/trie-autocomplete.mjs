/**
 * Prefix trie with weighted autocomplete suggestions.
 *
 * Each inserted word carries a score (e.g. search frequency). `suggest(prefix)`
 * returns the highest-scoring completions, breaking ties alphabetically.
 */

const DEFAULT_LIMIT = 5;
const MAX_WORD_LENGTH = 256;

class TrieNode {
    constructor() {
        /** @type {Map<string, TrieNode>} */
        this.children = new Map();
        /** @type {number | null} score if a word ends here, otherwise null */
        this.score = null;
    }
}

export class AutocompleteTrie {
    constructor() {
        this.root = new TrieNode();
        this.size = 0;
    }

    /**
     * Inserts a word or adds to its score if it already exists.
     *
     * @param {string} word
     * @param {number} [score=1]
     */
    insert(word, score = 1) {
        const key = normalize(word);
        if (!Number.isFinite(score)) {
            throw new TypeError(`score must be a finite number, got ${score}`);
        }

        let node = this.root;
        for (const ch of key) {
            let next = node.children.get(ch);
            if (!next) {
                next = new TrieNode();
                node.children.set(ch, next);
            }
            node = next;
        }

        if (node.score === null) this.size += 1;
        node.score = (node.score ?? 0) + score;
    }

    /**
     * Returns true if the exact word was inserted.
     *
     * @param {string} word
     * @returns {boolean}
     */
    has(word) {
        const node = this.#find(normalize(word));
        return node !== null && node.score !== null;
    }

    /**
     * Removes a word. Prunes nodes that no longer lead to any word.
     *
     * @param {string} word
     * @returns {boolean} whether the word was present.
     */
    delete(word) {
        const key = [...normalize(word)];
        const path = [this.root];
        for (const ch of key) {
            const next = path[path.length - 1].children.get(ch);
            if (!next) return false;
            path.push(next);
        }

        const last = path[path.length - 1];
        if (last.score === null) return false;
        last.score = null;
        this.size -= 1;

        for (let i = key.length; i > 0; i--) {
            const node = path[i];
            if (node.score !== null || node.children.size > 0) break;
            path[i - 1].children.delete(key[i - 1]);
        }
        return true;
    }

    /**
     * Returns up to `limit` completions for `prefix`, best score first.
     *
     * @param {string} prefix
     * @param {number} [limit]
     * @returns {{ word: string, score: number }[]}
     */
    suggest(prefix, limit = DEFAULT_LIMIT) {
        if (!Number.isInteger(limit) || limit < 1) {
            throw new RangeError(`limit must be a positive integer, got ${limit}`);
        }
        const start = normalize(prefix, { allowEmpty: true });
        const node = this.#find(start);
        if (node === null) return [];

        const results = [];
        this.#collect(node, start, results);
        results.sort((a, b) => b.score - a.score || a.word.localeCompare(b.word));
        return results.slice(0, limit);
    }

    /** @param {string} key */
    #find(key) {
        let node = this.root;
        for (const ch of key) {
            node = node.children.get(ch);
            if (!node) return null;
        }
        return node;
    }

    #collect(node, prefix, out) {
        if (node.score !== null) out.push({ word: prefix, score: node.score });
        for (const [ch, child] of node.children) {
            this.#collect(child, prefix + ch, out);
        }
    }
}

/**
 * Lower-cases and trims input, rejecting values that cannot be stored.
 *
 * @param {string} value
 * @param {{ allowEmpty?: boolean }} [options]
 * @returns {string}
 */
function normalize(value, { allowEmpty = false } = {}) {
    if (typeof value !== "string") {
        throw new TypeError(`expected a string, got ${typeof value}`);
    }
    const key = value.trim().toLowerCase();
    if (!allowEmpty && key.length === 0) {
        throw new RangeError("word must not be empty");
    }
    if (key.length > MAX_WORD_LENGTH) {
        throw new RangeError(`word is longer than ${MAX_WORD_LENGTH} characters`);
    }
    return key;
}
