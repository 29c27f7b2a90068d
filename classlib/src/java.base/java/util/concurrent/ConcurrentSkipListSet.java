package java.util.concurrent;

import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A sorted concurrent set on a ConcurrentSkipListMap (see its notes: sorted
 * arrays under a monitor, snapshot iterators). Not yet: NavigableSet and the
 * sub-set views (headSet/tailSet/subSet/descendingSet), which return
 * NavigableSet in the JDK and java.util has no NavigableSet yet.
 */
public class ConcurrentSkipListSet<E> extends java.util.AbstractCollection<E> implements Set<E>, Cloneable, java.io.Serializable {
    private final ConcurrentSkipListMap<E, Object> m;

    public ConcurrentSkipListSet() {
        m = new ConcurrentSkipListMap<E, Object>();
    }

    public ConcurrentSkipListSet(Comparator<? super E> comparator) {
        m = new ConcurrentSkipListMap<E, Object>(comparator);
    }

    public ConcurrentSkipListSet(Collection<? extends E> c) {
        m = new ConcurrentSkipListMap<E, Object>();
        addAll(c);
    }

    private ConcurrentSkipListSet(ConcurrentSkipListMap<E, Object> m) {
        this.m = m;
    }

    public ConcurrentSkipListSet<E> clone() {
        return new ConcurrentSkipListSet<E>(m.clone());
    }

    public int size() {
        return m.size();
    }

    public boolean isEmpty() {
        return m.isEmpty();
    }

    public boolean contains(Object o) {
        return m.containsKey(o);
    }

    public boolean add(E e) {
        return m.putIfAbsent(e, Boolean.TRUE) == null;
    }

    public boolean addAll(Collection<? extends E> c) {
        boolean changed = false;
        for (E e : c) changed |= add(e);
        return changed;
    }

    public boolean remove(Object o) {
        return m.remove(o, Boolean.TRUE);
    }

    public void clear() {
        m.clear();
    }

    public Iterator<E> iterator() {
        return m.keySet().iterator();
    }

    public Iterator<E> descendingIterator() {
        return ((ConcurrentSkipListMap<E, Object>) m.descendingMap()).keySet().iterator();
    }

    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof Set)) return false;
        Collection<?> c = (Collection<?>) o;
        return c.size() == size() && containsAll(c) && c.containsAll(this);
    }

    public int hashCode() {
        int h = 0;
        for (E e : this) h += e.hashCode();
        return h;
    }

    public boolean containsAll(Collection<?> c) {
        return CU.containsAll(this, c);
    }

    public boolean removeAll(Collection<?> c) {
        return CU.removeAll(this, c, false);
    }

    public boolean retainAll(Collection<?> c) {
        return CU.removeAll(this, c, true);
    }

    public <T> T[] toArray(T[] a) {
        return CU.toArray(toArray(), a);
    }

    public E lower(E e) {
        return m.lowerKey(e);
    }

    public E floor(E e) {
        return m.floorKey(e);
    }

    public E ceiling(E e) {
        return m.ceilingKey(e);
    }

    public E higher(E e) {
        return m.higherKey(e);
    }

    public E pollFirst() {
        Map.Entry<E, Object> e = m.pollFirstEntry();
        return (e == null) ? null : e.getKey();
    }

    public E pollLast() {
        Map.Entry<E, Object> e = m.pollLastEntry();
        return (e == null) ? null : e.getKey();
    }

    public Comparator<? super E> comparator() {
        return m.comparator();
    }

    public E first() {
        return m.firstKey();
    }

    public E last() {
        return m.lastKey();
    }
}
