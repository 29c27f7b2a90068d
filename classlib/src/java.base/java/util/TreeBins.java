package java.util;

import java.util.HashMap.Node;
import java.util.HashMap.TreeNode;

/**
 * The red-black tree bins of {@link HashMap}.
 *
 * <p>A bin that outgrows a short chain becomes a red-black tree of {@link TreeNode}s. Keys are
 * ordered by hash, then by {@code compareTo} when both keys are Comparable and of one class,
 * then by class name and identity hash. The bin keeps its chain ({@code next}/{@code prev}) as
 * well, and iteration follows the chain, so chain order is part of the observable behaviour:
 * the tree root is always the first node of the bin's chain, a newly added node is linked right
 * behind its tree parent, and a removed node is simply unlinked. Balancing follows the classic
 * red-black algorithms (insert and delete fix-ups with rotations), and a deleted node with two
 * children first trades places (and colours) with its in-order successor.
 */
final class TreeBins {
    private TreeBins() {}

    static final int UNTREEIFY_THRESHOLD = 6;

    // ---- key order ----

    /** The class whose natural order may be used for k, or null. */
    private static Class<?> naturalClass(Object k) {
        return k instanceof Comparable ? k.getClass() : null;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static int natural(Class<?> kc, Object k, Object other) {
        if (other == null || other.getClass() != kc) return 0;
        try {
            return ((Comparable) k).compareTo(other);
        } catch (ClassCastException e) {
            return 0;
        }
    }

    /** Last resort for keys with equal hashes and no usable natural order. */
    private static int tieBreak(Object a, Object b) {
        int d = 0;
        if (a != null && b != null) d = a.getClass().getName().compareTo(b.getClass().getName());
        if (d == 0) d = System.identityHashCode(a) <= System.identityHashCode(b) ? -1 : 1;
        return d;
    }

    // ---- structure helpers ----

    static <K, V> TreeNode<K, V> rootOf(TreeNode<K, V> n) {
        while (n.up != null) n = n.up;
        return n;
    }

    private static boolean isRed(TreeNode<?, ?> n) {
        return n != null && n.red;
    }

    /** Moves root to the front of its bin's chain. */
    static <K, V> void putRootFirst(Node<K, V>[] tab, TreeNode<K, V> root) {
        if (root == null || tab == null || tab.length == 0) return;
        int slot = (tab.length - 1) & root.hash;
        TreeNode<K, V> first = (TreeNode<K, V>) tab[slot];
        if (first == root) return;
        // unlink root from where it is
        TreeNode<K, V> before = root.prev;
        Node<K, V> after = root.next;
        if (after != null) ((TreeNode<K, V>) after).prev = before;
        if (before != null) before.next = after;
        // and put it in front of the old first node
        if (first != null) first.prev = root;
        root.next = first;
        root.prev = null;
        tab[slot] = root;
    }

    private static <K, V> TreeNode<K, V> turnLeft(TreeNode<K, V> root, TreeNode<K, V> n) {
        TreeNode<K, V> r = n.hi;
        if (r == null) return root;
        n.hi = r.lo;
        if (r.lo != null) r.lo.up = n;
        r.up = n.up;
        if (n.up == null) root = r;
        else if (n.up.lo == n) n.up.lo = r;
        else n.up.hi = r;
        r.lo = n;
        n.up = r;
        return root;
    }

    private static <K, V> TreeNode<K, V> turnRight(TreeNode<K, V> root, TreeNode<K, V> n) {
        TreeNode<K, V> l = n.lo;
        if (l == null) return root;
        n.lo = l.hi;
        if (l.hi != null) l.hi.up = n;
        l.up = n.up;
        if (n.up == null) root = l;
        else if (n.up.hi == n) n.up.hi = l;
        else n.up.lo = l;
        l.hi = n;
        n.up = l;
        return root;
    }

    /** Restores the red-black rules after x was attached as a leaf; returns the root. */
    private static <K, V> TreeNode<K, V> fixInsert(TreeNode<K, V> root, TreeNode<K, V> x) {
        x.red = true;
        while (x != root && x.up.red) {
            TreeNode<K, V> parent = x.up;
            TreeNode<K, V> grand = parent.up;
            boolean parentIsLeft = parent == grand.lo;
            TreeNode<K, V> uncle = parentIsLeft ? grand.hi : grand.lo;
            if (isRed(uncle)) {
                parent.red = false;
                uncle.red = false;
                grand.red = true;
                x = grand;
                continue;
            }
            if (parentIsLeft && x == parent.hi) {
                x = parent;
                root = turnLeft(root, x);
            } else if (!parentIsLeft && x == parent.lo) {
                x = parent;
                root = turnRight(root, x);
            }
            x.up.red = false;
            x.up.up.red = true;
            root = parentIsLeft ? turnRight(root, x.up.up) : turnLeft(root, x.up.up);
        }
        root.red = false;
        return root;
    }

    /** Restores the red-black rules after a black node was taken out above x; returns the root. */
    private static <K, V> TreeNode<K, V> fixDelete(TreeNode<K, V> root, TreeNode<K, V> x) {
        while (x != root && !x.red) {
            TreeNode<K, V> parent = x.up;
            boolean xIsLeft = x == parent.lo;
            TreeNode<K, V> sib = xIsLeft ? parent.hi : parent.lo;
            if (isRed(sib)) {
                sib.red = false;
                parent.red = true;
                root = xIsLeft ? turnLeft(root, parent) : turnRight(root, parent);
                sib = xIsLeft ? parent.hi : parent.lo;
            }
            TreeNode<K, V> near = sib == null ? null : (xIsLeft ? sib.lo : sib.hi);
            TreeNode<K, V> far = sib == null ? null : (xIsLeft ? sib.hi : sib.lo);
            if (sib == null) {
                x = parent;
            } else if (!isRed(near) && !isRed(far)) {
                sib.red = true;
                x = parent;
            } else {
                if (!isRed(far)) {
                    if (near != null) near.red = false;
                    sib.red = true;
                    root = xIsLeft ? turnRight(root, sib) : turnLeft(root, sib);
                    sib = xIsLeft ? parent.hi : parent.lo;
                }
                sib.red = parent.red;
                TreeNode<K, V> f = xIsLeft ? sib.hi : sib.lo;
                if (f != null) f.red = false;
                parent.red = false;
                root = xIsLeft ? turnLeft(root, parent) : turnRight(root, parent);
                x = root;
            }
        }
        x.red = false;
        return root;
    }

    // ---- lookup ----

    /** Finds the node for key k (hash h) in the subtree under n. */
    static <K, V> TreeNode<K, V> find(TreeNode<K, V> n, int h, Object k) {
        Class<?> kc = null;
        boolean kcKnown = false;
        while (n != null) {
            TreeNode<K, V> lo = n.lo, hi = n.hi;
            if (n.hash > h) {
                n = lo;
                continue;
            }
            if (n.hash < h) {
                n = hi;
                continue;
            }
            Object nk = n.key;
            if (nk == k || (k != null && k.equals(nk))) return n;
            if (lo == null) {
                n = hi;
                continue;
            }
            if (hi == null) {
                n = lo;
                continue;
            }
            if (!kcKnown) {
                kc = naturalClass(k);
                kcKnown = kc != null;
            }
            int d = kc == null ? 0 : natural(kc, k, nk);
            if (d != 0) {
                n = d < 0 ? lo : hi;
                continue;
            }
            TreeNode<K, V> inHigh = find(hi, h, k);
            if (inHigh != null) return inHigh;
            n = lo;
        }
        return null;
    }

    static <K, V> TreeNode<K, V> lookup(TreeNode<K, V> anyNode, int h, Object k) {
        return find(rootOf(anyNode), h, k);
    }

    // ---- building and dissolving ----

    /** Turns the chain starting at first (already TreeNodes, linked by next/prev) into a tree. */
    static <K, V> void build(Node<K, V>[] tab, TreeNode<K, V> first) {
        TreeNode<K, V> root = null;
        TreeNode<K, V> x = first;
        while (x != null) {
            TreeNode<K, V> following = (TreeNode<K, V>) x.next;
            x.lo = null;
            x.hi = null;
            if (root == null) {
                x.up = null;
                x.red = false;
                root = x;
            } else {
                int h = x.hash;
                Object k = x.key;
                Class<?> kc = naturalClass(k);
                TreeNode<K, V> at = root;
                while (true) {
                    int d;
                    if (at.hash > h) d = -1;
                    else if (at.hash < h) d = 1;
                    else {
                        d = kc == null ? 0 : natural(kc, k, at.key);
                        if (d == 0) d = tieBreak(k, at.key);
                    }
                    TreeNode<K, V> child = d <= 0 ? at.lo : at.hi;
                    if (child == null) {
                        x.up = at;
                        if (d <= 0) at.lo = x;
                        else at.hi = x;
                        root = fixInsert(root, x);
                        break;
                    }
                    at = child;
                }
            }
            x = following;
        }
        putRootFirst(tab, root);
    }

    /** Replaces the chain starting at first by plain nodes; returns the new first node. */
    static <K, V> Node<K, V> dissolve(HashMap<K, V> map, Node<K, V> first) {
        Node<K, V> head = null, last = null;
        for (Node<K, V> q = first; q != null; q = q.next) {
            Node<K, V> plain = map.plainCopy(q, null);
            if (last == null) head = plain;
            else last.next = plain;
            last = plain;
        }
        return head;
    }

    // ---- insertion and removal ----

    /** Adds (h, k, v) to the bin under any of its nodes; returns the existing node for k if any. */
    static <K, V> TreeNode<K, V> put(HashMap<K, V> map, Node<K, V>[] tab, TreeNode<K, V> anyNode, int h, K k, V v) {
        TreeNode<K, V> root = rootOf(anyNode);
        Class<?> kc = null;
        boolean kcKnown = false;
        boolean searched = false;
        TreeNode<K, V> at = root;
        while (true) {
            int d;
            Object ak = at.key;
            if (at.hash > h) d = -1;
            else if (at.hash < h) d = 1;
            else if (ak == k || (k != null && k.equals(ak))) return at;
            else {
                if (!kcKnown) {
                    kc = naturalClass(k);
                    kcKnown = kc != null;
                }
                d = kc == null ? 0 : natural(kc, k, ak);
                if (d == 0) {
                    if (!searched) {
                        searched = true;
                        TreeNode<K, V> found = at.lo == null ? null : find(at.lo, h, k);
                        if (found == null && at.hi != null) found = find(at.hi, h, k);
                        if (found != null) return found;
                    }
                    d = tieBreak(k, ak);
                }
            }
            TreeNode<K, V> child = d <= 0 ? at.lo : at.hi;
            if (child != null) {
                at = child;
                continue;
            }
            Node<K, V> afterParent = at.next;
            TreeNode<K, V> x = map.makeTreeNode(h, k, v, afterParent);
            if (d <= 0) at.lo = x;
            else at.hi = x;
            at.next = x;
            x.up = at;
            x.prev = at;
            if (afterParent != null) ((TreeNode<K, V>) afterParent).prev = x;
            putRootFirst(tab, fixInsert(root, x));
            return null;
        }
    }

    /** Exchanges the tree positions and colours of p and its in-order successor s. */
    private static <K, V> TreeNode<K, V> tradePlaces(TreeNode<K, V> root, TreeNode<K, V> p, TreeNode<K, V> s) {
        boolean pRed = p.red;
        p.red = s.red;
        s.red = pRed;
        TreeNode<K, V> pUp = p.up, pLo = p.lo, pHi = p.hi;
        TreeNode<K, V> sUp = s.up, sHi = s.hi;
        // s takes p's place
        s.up = pUp;
        if (pUp == null) root = s;
        else if (pUp.lo == p) pUp.lo = s;
        else pUp.hi = s;
        s.lo = pLo;
        pLo.up = s;
        if (sUp == p) {
            s.hi = p;
            p.up = s;
        } else {
            s.hi = pHi;
            pHi.up = s;
            p.up = sUp;
            if (sUp.lo == s) sUp.lo = p;
            else sUp.hi = p;
        }
        // p takes s's place (a successor has no left child)
        p.lo = null;
        p.hi = sHi;
        if (sHi != null) sHi.up = p;
        return root;
    }

    /**
     * Removes node p from its bin. movable is false for removals through an iterator: the
     * bin then neither turns back into a list nor moves its new root to the front.
     */
    static <K, V> void remove(HashMap<K, V> map, Node<K, V>[] tab, TreeNode<K, V> p, boolean movable) {
        if (tab == null || tab.length == 0) return;
        int slot = (tab.length - 1) & p.hash;
        TreeNode<K, V> oldFirst = (TreeNode<K, V>) tab[slot];
        // unlink from the chain
        TreeNode<K, V> before = p.prev;
        TreeNode<K, V> after = (TreeNode<K, V>) p.next;
        TreeNode<K, V> first = oldFirst;
        if (before == null) tab[slot] = first = after;
        else before.next = after;
        if (after != null) after.prev = before;
        if (first == null) return;
        TreeNode<K, V> root = rootOf(oldFirst);
        if (movable && (root.hi == null || root.lo == null || root.lo.lo == null)) {
            tab[slot] = dissolve(map, first);
            return;
        }
        // unlink from the tree
        if (p.lo != null && p.hi != null) {
            TreeNode<K, V> s = p.hi;
            while (s.lo != null) s = s.lo;
            root = tradePlaces(root, p, s);
        }
        TreeNode<K, V> child = p.lo != null ? p.lo : p.hi;
        if (child != null) {
            TreeNode<K, V> up = p.up;
            child.up = up;
            if (up == null) root = child;
            else if (up.lo == p) up.lo = child;
            else up.hi = child;
            p.lo = p.hi = p.up = null;
            if (!p.red) root = fixDelete(root, child);
        } else {
            if (!p.red) root = fixDelete(root, p);
            TreeNode<K, V> up = p.up;
            p.up = null;
            if (up != null) {
                if (up.lo == p) up.lo = null;
                else if (up.hi == p) up.hi = null;
            }
        }
        if (movable) putRootFirst(tab, root);
    }

    /** Splits a tree bin during a growTable into the low (same index) and high (index + bit) halves. */
    static <K, V> void split(HashMap<K, V> map, Node<K, V>[] tab, TreeNode<K, V> first, int index, int bit) {
        TreeNode<K, V> loFirst = null, loLast = null, hiFirst = null, hiLast = null;
        int loCount = 0, hiCount = 0;
        for (TreeNode<K, V> e = first, following; e != null; e = following) {
            following = (TreeNode<K, V>) e.next;
            e.next = null;
            if ((e.hash & bit) == 0) {
                e.prev = loLast;
                if (loLast == null) loFirst = e;
                else loLast.next = e;
                loLast = e;
                loCount++;
            } else {
                e.prev = hiLast;
                if (hiLast == null) hiFirst = e;
                else hiLast.next = e;
                hiLast = e;
                hiCount++;
            }
        }
        if (loFirst != null) {
            if (loCount <= UNTREEIFY_THRESHOLD) {
                tab[index] = dissolve(map, loFirst);
            } else {
                tab[index] = loFirst;
                if (hiFirst != null) build(tab, loFirst);
            }
        }
        if (hiFirst != null) {
            if (hiCount <= UNTREEIFY_THRESHOLD) {
                tab[index + bit] = dissolve(map, hiFirst);
            } else {
                tab[index + bit] = hiFirst;
                if (loFirst != null) build(tab, hiFirst);
            }
        }
    }
}
