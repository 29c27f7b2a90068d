package java.util;

/**
 * Stable adaptive merge sort ("timsort", as described in Tim Peters' listsort.txt) with the
 * parameters HotSpot uses (minimum merge 32, initial gallop threshold 7), so a comparator sees
 * the same sequence of calls as on HotSpot. A null comparator means natural ordering.
 */
final class TimSort {
    private static final int MIN_MERGE = 32;
    private static final int MIN_GALLOP = 7;

    private final Object[] a;
    private final Comparator<Object> c;
    private int minGallop = MIN_GALLOP;
    private Object[] tmp;
    private final int[] runBase = new int[49];
    private final int[] runLen = new int[49];
    private int stackSize = 0;

    private TimSort(Object[] a, Comparator<Object> c) {
        this.a = a;
        this.c = c;
    }

    /** Compares x with y; `what` names x for the NullPointerException HotSpot reports. */
    @SuppressWarnings("unchecked")
    private static int cmp(Comparator<Object> c, Object x, Object y, String what) {
        if (c != null) return c.compare(x, y);
        if (x == null)
            throw new NullPointerException(
                    "Cannot invoke \"java.lang.Comparable.compareTo(Object)\" because \"" + what + "\" is null");
        return ((Comparable<Object>) x).compareTo(y);
    }

    static void sort(Object[] a, int lo, int hi, Comparator<Object> c) {
        int nRemaining = hi - lo;
        if (nRemaining < 2) return;
        if (nRemaining < MIN_MERGE) {
            int initRunLen = countRunAndMakeAscending(a, lo, hi, c);
            binarySort(a, lo, hi, lo + initRunLen, c);
            return;
        }
        TimSort ts = new TimSort(a, c);
        int minRun = minRunLength(nRemaining);
        do {
            int runLen = countRunAndMakeAscending(a, lo, hi, c);
            if (runLen < minRun) {
                int force = nRemaining <= minRun ? nRemaining : minRun;
                binarySort(a, lo, lo + force, lo + runLen, c);
                runLen = force;
            }
            ts.pushRun(lo, runLen);
            ts.mergeCollapse();
            lo += runLen;
            nRemaining -= runLen;
        } while (nRemaining != 0);
        ts.mergeForceCollapse();
    }

    private static void binarySort(Object[] a, int lo, int hi, int start, Comparator<Object> c) {
        if (start == lo) start++;
        for (; start < hi; start++) {
            Object pivot = a[start];
            int left = lo;
            int right = start;
            while (left < right) {
                int mid = (left + right) >>> 1;
                if (cmp(c, pivot, a[mid], "pivot") < 0) right = mid;
                else left = mid + 1;
            }
            System.arraycopy(a, left, a, left + 1, start - left);
            a[left] = pivot;
        }
    }

    private static int countRunAndMakeAscending(Object[] a, int lo, int hi, Comparator<Object> c) {
        int runHi = lo + 1;
        if (runHi == hi) return 1;
        if (cmp(c, a[runHi], a[lo], "a[runHi]") < 0) {
            runHi++;
            while (runHi < hi && cmp(c, a[runHi], a[runHi - 1], "a[runHi]") < 0) runHi++;
            for (int i = lo, j = runHi - 1; i < j; i++, j--) {
                Object t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        } else {
            runHi++;
            while (runHi < hi && cmp(c, a[runHi], a[runHi - 1], "a[runHi]") >= 0) runHi++;
        }
        return runHi - lo;
    }

    private static int minRunLength(int n) {
        int r = 0;
        while (n >= MIN_MERGE) {
            r |= (n & 1);
            n >>= 1;
        }
        return n + r;
    }

    private void pushRun(int base, int len) {
        runBase[stackSize] = base;
        runLen[stackSize] = len;
        stackSize++;
    }

    private void mergeCollapse() {
        while (stackSize > 1) {
            int n = stackSize - 2;
            if ((n > 0 && runLen[n - 1] <= runLen[n] + runLen[n + 1])
                    || (n > 1 && runLen[n - 2] <= runLen[n] + runLen[n - 1])) {
                if (runLen[n - 1] < runLen[n + 1]) n--;
            } else if (runLen[n] > runLen[n + 1]) {
                break;
            }
            mergeAt(n);
        }
    }

    private void mergeForceCollapse() {
        while (stackSize > 1) {
            int n = stackSize - 2;
            if (n > 0 && runLen[n - 1] < runLen[n + 1]) n--;
            mergeAt(n);
        }
    }

    private void mergeAt(int i) {
        int base1 = runBase[i];
        int len1 = runLen[i];
        int base2 = runBase[i + 1];
        int len2 = runLen[i + 1];
        runLen[i] = len1 + len2;
        if (i == stackSize - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
        }
        stackSize--;
        int k = gallopRight(a[base2], a, base1, len1, 0, c);
        base1 += k;
        len1 -= k;
        if (len1 == 0) return;
        len2 = gallopLeft(a[base1 + len1 - 1], a, base2, len2, len2 - 1, c);
        if (len2 == 0) return;
        if (len1 <= len2) mergeLo(base1, len1, base2, len2);
        else mergeHi(base1, len1, base2, len2);
    }

    /** Leftmost position in the sorted range where key could be inserted. */
    private static int gallopLeft(Object key, Object[] a, int base, int len, int hint, Comparator<Object> c) {
        int lastOfs = 0;
        int ofs = 1;
        if (cmp(c, key, a[base + hint], "key") > 0) {
            int maxOfs = len - hint;
            while (ofs < maxOfs && cmp(c, key, a[base + hint + ofs], "key") > 0) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) ofs = maxOfs;
            }
            if (ofs > maxOfs) ofs = maxOfs;
            lastOfs += hint;
            ofs += hint;
        } else {
            int maxOfs = hint + 1;
            while (ofs < maxOfs && cmp(c, key, a[base + hint - ofs], "key") <= 0) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) ofs = maxOfs;
            }
            if (ofs > maxOfs) ofs = maxOfs;
            int t = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - t;
        }
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >>> 1);
            if (cmp(c, key, a[base + m], "key") > 0) lastOfs = m + 1;
            else ofs = m;
        }
        return ofs;
    }

    /** Rightmost position in the sorted range where key could be inserted. */
    private static int gallopRight(Object key, Object[] a, int base, int len, int hint, Comparator<Object> c) {
        int ofs = 1;
        int lastOfs = 0;
        if (cmp(c, key, a[base + hint], "key") < 0) {
            int maxOfs = hint + 1;
            while (ofs < maxOfs && cmp(c, key, a[base + hint - ofs], "key") < 0) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) ofs = maxOfs;
            }
            if (ofs > maxOfs) ofs = maxOfs;
            int t = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - t;
        } else {
            int maxOfs = len - hint;
            while (ofs < maxOfs && cmp(c, key, a[base + hint + ofs], "key") >= 0) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) ofs = maxOfs;
            }
            if (ofs > maxOfs) ofs = maxOfs;
            lastOfs += hint;
            ofs += hint;
        }
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >>> 1);
            if (cmp(c, key, a[base + m], "key") < 0) ofs = m;
            else lastOfs = m + 1;
        }
        return ofs;
    }

    private Object[] tmpFor(int n) {
        if (tmp == null || tmp.length < n) tmp = new Object[n];
        return tmp;
    }

    private static IllegalArgumentException contractViolation() {
        return new IllegalArgumentException("Comparison method violates its general contract!");
    }

    /**
     * Merges the adjacent runs a[base1, base1+len1) and a[base2, base2+len2) where len1 <= len2,
     * working from the low end with the first run copied aside. The first element of the second
     * run is known to go first and the last element of the first run is known to go last.
     * Elements are taken one at a time until one run wins minGallop times in a row; then the
     * merge gallops (searches how many elements it can take from each run at once) until that
     * stops paying off.
     */
    private void mergeLo(int base1, int len1, int base2, int len2) {
        Object[] a = this.a;
        Object[] run1 = tmpFor(len1);
        System.arraycopy(a, base1, run1, 0, len1);
        Comparator<Object> c = this.c;
        int p1 = 0;
        int p2 = base2;
        int out = base1;
        int n1 = len1;
        int n2 = len2;
        a[out++] = a[p2++];
        n2--;
        int mg = minGallop;
        boolean galloping = false;
        int wins1 = 0;
        int wins2 = 0;
        while (n2 > 0 && n1 > 1) {
            if (!galloping) {
                if (cmp(c, a[p2], run1[p1], "a[cursor2]") < 0) {
                    a[out++] = a[p2++];
                    n2--;
                    wins2++;
                    wins1 = 0;
                    if (n2 == 0) break;
                } else {
                    a[out++] = run1[p1++];
                    n1--;
                    wins1++;
                    wins2 = 0;
                    if (n1 == 1) break;
                }
                if ((wins1 | wins2) >= mg) galloping = true;
                continue;
            }
            wins1 = gallopRight(a[p2], run1, p1, n1, 0, c);
            if (wins1 != 0) {
                System.arraycopy(run1, p1, a, out, wins1);
                out += wins1;
                p1 += wins1;
                n1 -= wins1;
                if (n1 <= 1) break;
            }
            a[out++] = a[p2++];
            if (--n2 == 0) break;
            wins2 = gallopLeft(run1[p1], a, p2, n2, 0, c);
            if (wins2 != 0) {
                System.arraycopy(a, p2, a, out, wins2);
                out += wins2;
                p2 += wins2;
                n2 -= wins2;
                if (n2 == 0) break;
            }
            a[out++] = run1[p1++];
            if (--n1 == 1) break;
            mg--;
            if (wins1 < MIN_GALLOP && wins2 < MIN_GALLOP) {
                mg = (mg < 0 ? 0 : mg) + 2;
                galloping = false;
                wins1 = 0;
                wins2 = 0;
            }
        }
        minGallop = mg < 1 ? 1 : mg;
        if (n1 == 1) {
            System.arraycopy(a, p2, a, out, n2);
            a[out + n2] = run1[p1];
        } else if (n1 == 0) {
            throw contractViolation();
        } else {
            System.arraycopy(run1, p1, a, out, n1);
        }
    }

    /** The mirror image of mergeLo for len1 > len2: works from the high end, second run aside. */
    private void mergeHi(int base1, int len1, int base2, int len2) {
        Object[] a = this.a;
        Object[] run2 = tmpFor(len2);
        System.arraycopy(a, base2, run2, 0, len2);
        Comparator<Object> c = this.c;
        int p1 = base1 + len1 - 1;
        int p2 = len2 - 1;
        int out = base2 + len2 - 1;
        int n1 = len1;
        int n2 = len2;
        a[out--] = a[p1--];
        n1--;
        int mg = minGallop;
        boolean galloping = false;
        int wins1 = 0;
        int wins2 = 0;
        while (n1 > 0 && n2 > 1) {
            if (!galloping) {
                if (cmp(c, run2[p2], a[p1], "tmp[cursor2]") < 0) {
                    a[out--] = a[p1--];
                    n1--;
                    wins1++;
                    wins2 = 0;
                    if (n1 == 0) break;
                } else {
                    a[out--] = run2[p2--];
                    n2--;
                    wins2++;
                    wins1 = 0;
                    if (n2 == 1) break;
                }
                if ((wins1 | wins2) >= mg) galloping = true;
                continue;
            }
            wins1 = n1 - gallopRight(run2[p2], a, base1, n1, n1 - 1, c);
            if (wins1 != 0) {
                out -= wins1;
                p1 -= wins1;
                n1 -= wins1;
                System.arraycopy(a, p1 + 1, a, out + 1, wins1);
                if (n1 == 0) break;
            }
            a[out--] = run2[p2--];
            if (--n2 == 1) break;
            wins2 = n2 - gallopLeft(a[p1], run2, 0, n2, n2 - 1, c);
            if (wins2 != 0) {
                out -= wins2;
                p2 -= wins2;
                n2 -= wins2;
                System.arraycopy(run2, p2 + 1, a, out + 1, wins2);
                if (n2 <= 1) break;
            }
            a[out--] = a[p1--];
            if (--n1 == 0) break;
            mg--;
            if (wins1 < MIN_GALLOP && wins2 < MIN_GALLOP) {
                mg = (mg < 0 ? 0 : mg) + 2;
                galloping = false;
                wins1 = 0;
                wins2 = 0;
            }
        }
        minGallop = mg < 1 ? 1 : mg;
        if (n2 == 1) {
            out -= n1;
            p1 -= n1;
            System.arraycopy(a, p1 + 1, a, out + 1, n1);
            a[out] = run2[p2];
        } else if (n2 == 0) {
            throw contractViolation();
        } else {
            System.arraycopy(run2, 0, a, out - (n2 - 1), n2);
        }
    }
}
