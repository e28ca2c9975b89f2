/**
 * LRU cache implemented with a hash map and a doubly linked list.
 * get/set/delete are all O(1).
 */
class Node {
  constructor(key, value) {
    this.key = key;
    this.value = value;
    this.prev = null;
    this.next = null;
  }
}

class LRUCache {
  /**
   * @param {number} capacity maximum number of entries
   * @param {(key: any, value: any) => void} [onEvict] called when an entry is evicted
   */
  constructor(capacity, onEvict) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError('capacity must be a positive integer');
    }
    this.capacity = capacity;
    this.onEvict = onEvict;
    this.map = new Map();
    // Sentinel nodes simplify insertion/removal at the ends.
    this.head = new Node(null, null);
    this.tail = new Node(null, null);
    this.head.next = this.tail;
    this.tail.prev = this.head;
  }

  get size() {
    return this.map.size;
  }

  _unlink(node) {
    node.prev.next = node.next;
    node.next.prev = node.prev;
  }

  _pushFront(node) {
    node.next = this.head.next;
    node.prev = this.head;
    this.head.next.prev = node;
    this.head.next = node;
  }

  get(key) {
    const node = this.map.get(key);
    if (!node) return undefined;
    this._unlink(node);
    this._pushFront(node);
    return node.value;
  }

  peek(key) {
    return this.map.get(key)?.value;
  }

  has(key) {
    return this.map.has(key);
  }

  set(key, value) {
    let node = this.map.get(key);
    if (node) {
      node.value = value;
      this._unlink(node);
    } else {
      node = new Node(key, value);
      this.map.set(key, node);
      if (this.map.size > this.capacity) {
        const lru = this.tail.prev;
        this._unlink(lru);
        this.map.delete(lru.key);
        if (this.onEvict) this.onEvict(lru.key, lru.value);
      }
    }
    this._pushFront(node);
    return this;
  }

  delete(key) {
    const node = this.map.get(key);
    if (!node) return false;
    this._unlink(node);
    return this.map.delete(key);
  }

  clear() {
    this.map.clear();
    this.head.next = this.tail;
    this.tail.prev = this.head;
  }

  /** Iterates from most to least recently used. */
  *entries() {
    for (let n = this.head.next; n !== this.tail; n = n.next) {
      yield [n.key, n.value];
    }
  }

  [Symbol.iterator]() {
    return this.entries();
  }
}

module.exports = LRUCache;

// Example:
// const cache = new LRUCache(2);
// cache.set('a', 1).set('b', 2);
// cache.get('a');      // 1, 'a' is now most recent
// cache.set('c', 3);   // evicts 'b'
// [...cache.entries()] // [['c', 3], ['a', 1]]
