package java.util.concurrent;

/**
 * Serves waiting threads in arrival order: each waiter draws a ticket and may
 * proceed only when its ticket is being served; a waiter that leaves (timeout,
 * interrupt) is skipped. Not synchronized: the owner's monitor guards it.
 */
final class Tickets {
    private long next, serving;
    private long[] left = new long[0];

    long draw() {
        return next++;
    }

    boolean isTurn(long ticket) {
        return ticket == serving;
    }

    /** Any waiters holding tickets? */
    boolean waiting() {
        return next != serving;
    }

    /** The ticket holder is done (served or gone). */
    void done(long ticket) {
        if (ticket == serving) {
            serving++;
        } else {
            long[] a = new long[left.length + 1];
            System.arraycopy(left, 0, a, 0, left.length);
            a[left.length] = ticket;
            left = a;
        }
        boolean again = true;
        while (again) {
            again = false;
            for (int i = 0; i < left.length; i++) {
                if (left[i] == serving) {
                    serving++;
                    long[] a = new long[left.length - 1];
                    System.arraycopy(left, 0, a, 0, i);
                    System.arraycopy(left, i + 1, a, i, left.length - i - 1);
                    left = a;
                    again = true;
                    break;
                }
            }
        }
    }
}
