package org.evidencedesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each test ends within 10 s: a caller that waited for work no thread will run fails instead of hanging. */
@Timeout(10)
class AlongsideTest {

    /** An executor that keeps what it is given and runs nothing until told to. */
    private static final class Held implements java.util.concurrent.Executor {

        private final List<Runnable> tasks = new ArrayList<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            tasks.forEach(Runnable::run);
        }
    }

    @Test
    void workNoThreadHasBegunIsTakenBackByTheCallerAndRunsOnce() throws IOException {
        Held executor = new Held();
        AtomicInteger runs = new AtomicInteger();
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        Alongside<String> work = Alongside.start(executor, () -> {
            runs.incrementAndGet();
            ranOn.set(Thread.currentThread());
            return "drawn";
        });

        assertThat(work.get()).isEqualTo("drawn");
        executor.runAll();

        assertThat(runs).hasValue(1);
        assertThat(ranOn.get()).isSameAs(Thread.currentThread());
        assertThat(work.get()).isEqualTo("drawn");
    }

    @Test
    void workUnderWayIsWaitedForAndAnsweredFromItsThread() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor(task -> new Thread(task, "alongside-test"));
        try {
            CountDownLatch begun = new CountDownLatch(1);
            CountDownLatch mayEnd = new CountDownLatch(1);
            AtomicInteger runs = new AtomicInteger();
            Alongside<String> work = Alongside.start(pool, () -> {
                runs.incrementAndGet();
                begun.countDown();
                await(mayEnd);
                return Thread.currentThread().getName();
            });
            assertThat(begun.await(10, TimeUnit.SECONDS)).isTrue();
            mayEnd.countDown();

            assertThat(work.get()).isEqualTo("alongside-test");
            assertThat(runs).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void workTheExecutorRefusesRunsOnTheCaller() throws IOException {
        Alongside<String> full = Alongside.start(task -> {
            throw new RejectedExecutionException("full");
        }, () -> Thread.currentThread().getName());
        Alongside<String> closing = Alongside.start(task -> {
            throw new IllegalStateException("the application is stopping");
        }, () -> Thread.currentThread().getName());

        assertThat(full.get()).isEqualTo(Thread.currentThread().getName());
        assertThat(closing.get()).isEqualTo(Thread.currentThread().getName());
    }

    @Test
    void whatTheWorkThrowsReachesTheCallerAsThrown() {
        IOException unreadable = new IOException("font unreadable");
        IllegalArgumentException wrong = new IllegalArgumentException("no rows");
        Held executor = new Held();
        Alongside<String> failing = Alongside.start(executor, () -> {
            throw unreadable;
        });
        Alongside<String> refusing = Alongside.start(executor, () -> {
            throw wrong;
        });
        executor.runAll();

        assertThatThrownBy(failing::get).isSameAs(unreadable);
        assertThatThrownBy(refusing::get).isSameAs(wrong);
    }

    @Test
    void anErrorOfTheWorkReachesTheCallerInsteadOfLeavingItWaiting() {
        OutOfMemoryError full = new OutOfMemoryError("test: heap full");
        Held executor = new Held();
        Alongside<String> work = Alongside.start(executor, () -> {
            throw full;
        });
        executor.runAll();

        assertThatThrownBy(work::get).isSameAs(full);
    }

    @Test
    void abandonedWorkNeverBegins() {
        Held executor = new Held();
        AtomicInteger runs = new AtomicInteger();
        Alongside<Integer> work = Alongside.start(executor, runs::incrementAndGet);

        work.abandon();
        executor.runAll();

        assertThat(runs).hasValue(0);
        assertThatThrownBy(work::get).isInstanceOf(CancellationException.class);
    }

    @Test
    void abandoningWorkThatHasRunKeepsItsAnswer() throws IOException {
        Held executor = new Held();
        Alongside<String> work = Alongside.start(executor, () -> "drawn");
        executor.runAll();

        work.abandon();

        assertThat(work.get()).isEqualTo("drawn");
    }

    @Test
    void aCallerInterruptedWhileWaitingIsToldAndKeepsTheInterrupt() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch begun = new CountDownLatch(1);
        CountDownLatch mayEnd = new CountDownLatch(1);
        try {
            Alongside<String> work = Alongside.start(pool, () -> {
                begun.countDown();
                await(mayEnd);
                return "late";
            });
            assertThat(begun.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.currentThread().interrupt();

            assertThatThrownBy(work::get).isInstanceOf(InterruptedIOException.class);
            assertThat(Thread.interrupted()).isTrue();
        } finally {
            Thread.interrupted();
            mayEnd.countDown();
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) throws IOException {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IOException("the test never let the work end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }
}
