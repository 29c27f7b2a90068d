package java.util.concurrent;

/**
 * A reusable barrier with a changing number of parties, on a private monitor.
 * Phases count up from 0 (wrapping at Integer.MAX_VALUE); a terminated phaser
 * reports its phase with the sign bit set. Not yet: tiering — a phaser
 * created with a parent records it (getParent/getRoot) but advances on its own.
 */
public class Phaser {
    private static final int MAX_PARTIES = 0xffff;
    private static final int MAX_PHASE = Integer.MAX_VALUE;

    private final Object lock = new Object();
    private final Phaser parent;
    private final Phaser root;
    private int phase; // negative once terminated
    private int parties;
    private int unarrived;

    public Phaser() {
        this(null, 0);
    }

    public Phaser(int parties) {
        this(null, parties);
    }

    public Phaser(Phaser parent) {
        this(parent, 0);
    }

    public Phaser(Phaser parent, int parties) {
        if (parties < 0 || parties > MAX_PARTIES) throw new IllegalArgumentException("Illegal number of parties");
        this.parent = parent;
        this.root = parent == null ? this : parent.getRoot();
        this.parties = parties;
        this.unarrived = parties;
    }

    private IllegalStateException badArrive() {
        return new IllegalStateException("Attempted arrival of unregistered party for " + this);
    }

    /** Arrives (and optionally deregisters); returns the arrival phase, or the next phase if this advanced it and `next`. */
    private int doArrive(boolean deregister, boolean next) {
        synchronized (lock) {
            int p = phase;
            if (p < 0) return p;
            if (unarrived <= 0) throw badArrive();
            unarrived--;
            if (deregister) parties--;
            if (unarrived > 0) return p;
            int n = (p + 1) & MAX_PHASE;
            boolean terminate = onAdvance(p, parties);
            phase = terminate ? (n | Integer.MIN_VALUE) : n;
            unarrived = parties;
            lock.notifyAll();
            return next ? n : p;
        }
    }

    public int register() {
        return bulkRegister(1);
    }

    public int bulkRegister(int parties) {
        if (parties < 0) throw new IllegalArgumentException();
        synchronized (lock) {
            if (parties == 0 || phase < 0) return phase;
            if (this.parties + parties > MAX_PARTIES) {
                throw new IllegalStateException("Attempt to register more than " + MAX_PARTIES + " parties for " + this);
            }
            this.parties += parties;
            this.unarrived += parties;
            return phase;
        }
    }

    public int arrive() {
        return doArrive(false, false);
    }

    public int arriveAndDeregister() {
        return doArrive(true, false);
    }

    public int arriveAndAwaitAdvance() {
        int p;
        synchronized (lock) {
            p = phase;
            if (p < 0) return p;
            if (unarrived <= 0) throw badArrive();
            if (unarrived == 1) return doArrive(false, true);
            doArrive(false, false);
        }
        return awaitAdvance(p);
    }

    public int awaitAdvance(int phase) {
        if (phase < 0) return phase;
        boolean interrupted = false;
        synchronized (lock) {
            while (this.phase == phase) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        return getPhase();
    }

    public int awaitAdvanceInterruptibly(int phase) throws InterruptedException {
        if (phase < 0) return phase;
        synchronized (lock) {
            if (Thread.interrupted()) throw new InterruptedException();
            while (this.phase == phase) lock.wait();
            return this.phase;
        }
    }

    public int awaitAdvanceInterruptibly(int phase, long timeout, TimeUnit unit)
            throws InterruptedException, TimeoutException {
        if (phase < 0) return phase;
        long nanos = unit.toNanos(timeout);
        synchronized (lock) {
            if (Thread.interrupted()) throw new InterruptedException();
            while (this.phase == phase) {
                if (nanos <= 0) throw new TimeoutException();
                nanos = CU.awaitNanos(lock, nanos);
            }
            return this.phase;
        }
    }

    public void forceTermination() {
        synchronized (lock) {
            if (phase >= 0) {
                phase |= Integer.MIN_VALUE;
                lock.notifyAll();
            }
        }
    }

    public final int getPhase() {
        synchronized (lock) {
            return phase;
        }
    }

    public int getRegisteredParties() {
        synchronized (lock) {
            return parties;
        }
    }

    public int getArrivedParties() {
        synchronized (lock) {
            return parties - unarrived;
        }
    }

    public int getUnarrivedParties() {
        synchronized (lock) {
            return unarrived;
        }
    }

    public Phaser getParent() {
        return parent;
    }

    public Phaser getRoot() {
        return root;
    }

    public boolean isTerminated() {
        return getPhase() < 0;
    }

    protected boolean onAdvance(int phase, int registeredParties) {
        return registeredParties == 0;
    }

    public String toString() {
        int p, n, a;
        synchronized (lock) {
            p = phase;
            n = parties;
            a = parties - unarrived;
        }
        return super.toString() + "[phase = " + p + " parties = " + n + " arrived = " + a + "]";
    }
}
