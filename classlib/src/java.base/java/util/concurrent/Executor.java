package java.util.concurrent;

/** Runs submitted tasks (on some thread, now or later). */
public interface Executor {
    void execute(Runnable command);
}
