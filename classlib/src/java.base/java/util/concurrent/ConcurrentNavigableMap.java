package java.util.concurrent;

/**
 * A ConcurrentMap with navigable sub-maps. In the JDK it also extends
 * java.util.NavigableMap, which Mote's java.util does not have yet; the
 * sub-map methods are declared here with the JDK's return types so that
 * compiled calls link on both.
 */
public interface ConcurrentNavigableMap<K, V> extends ConcurrentMap<K, V> {
    ConcurrentNavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive);

    ConcurrentNavigableMap<K, V> headMap(K toKey, boolean inclusive);

    ConcurrentNavigableMap<K, V> tailMap(K fromKey, boolean inclusive);

    ConcurrentNavigableMap<K, V> subMap(K fromKey, K toKey);

    ConcurrentNavigableMap<K, V> headMap(K toKey);

    ConcurrentNavigableMap<K, V> tailMap(K fromKey);

    ConcurrentNavigableMap<K, V> descendingMap();
}
