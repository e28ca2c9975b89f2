# AVL tree (self-balancing binary search tree) with insert, delete and search


class AVLNode:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None
        self.height = 1


class AVLTree:
    def __init__(self):
        self.root = None
        self.size = 0

    # Function to get the height of a node
    def _height(self, node):
        return node.height if node else 0

    # Function to get the balance factor of a node
    def _balance(self, node):
        return self._height(node.left) - self._height(node.right) if node else 0

    # Function to update the height of a node
    def _update(self, node):
        node.height = 1 + max(self._height(node.left), self._height(node.right))

    # Function to perform a right rotation
    def _rotate_right(self, y):
        x = y.left
        # x's right subtree becomes y's left subtree
        y.left, x.right = x.right, y
        self._update(y)
        self._update(x)
        return x

    # Function to perform a left rotation
    def _rotate_left(self, x):
        y = x.right
        # y's left subtree becomes x's right subtree
        x.right, y.left = y.left, x
        self._update(x)
        self._update(y)
        return y

    # Function to rebalance a node after insert or delete
    def _rebalance(self, node):
        self._update(node)
        balance = self._balance(node)

        # Left heavy
        if balance > 1:
            # Left-Right case
            if self._balance(node.left) < 0:
                node.left = self._rotate_left(node.left)
            # Left-Left case
            return self._rotate_right(node)

        # Right heavy
        if balance < -1:
            # Right-Left case
            if self._balance(node.right) > 0:
                node.right = self._rotate_right(node.right)
            # Right-Right case
            return self._rotate_left(node)

        return node

    # Function to insert a key
    def insert(self, key):
        self.root = self._insert(self.root, key)

    def _insert(self, node, key):
        if node is None:
            self.size += 1
            return AVLNode(key)
        if key < node.key:
            node.left = self._insert(node.left, key)
        elif key > node.key:
            node.right = self._insert(node.right, key)
        else:
            # Duplicate keys are not allowed
            return node
        return self._rebalance(node)

    # Function to delete a key
    def delete(self, key):
        self.root = self._delete(self.root, key)

    def _delete(self, node, key):
        if node is None:
            return None
        if key < node.key:
            node.left = self._delete(node.left, key)
        elif key > node.key:
            node.right = self._delete(node.right, key)
        else:
            # Node with one child or no child
            if node.left is None:
                self.size -= 1
                return node.right
            if node.right is None:
                self.size -= 1
                return node.left
            # Node with two children: get the inorder successor
            successor = node.right
            while successor.left is not None:
                successor = successor.left
            node.key = successor.key
            node.right = self._delete(node.right, successor.key)
        return self._rebalance(node)

    # Function to search for a key
    def contains(self, key):
        node = self.root
        while node is not None:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    # Function to return the keys in sorted order
    def inorder(self):
        result = []

        def walk(node):
            if node is not None:
                walk(node.left)
                result.append(node.key)
                walk(node.right)

        walk(self.root)
        return result


if __name__ == "__main__":
    tree = AVLTree()

    # Insert keys in sorted order (worst case for a plain BST)
    for i in range(1, 101):
        tree.insert(i)
    print("Size:", tree.size)
    print("Height:", tree.root.height)  # about 7 instead of 100

    # Delete every even key
    for i in range(2, 101, 2):
        tree.delete(i)
    print("After deleting even keys:", tree.inorder()[:10], "...")
    print("Contains 42:", tree.contains(42), "/ contains 43:", tree.contains(43))
