package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ThrottledLogTest {

    private final Logger logger = Logger.getLogger(ThrottledLogTest.class.getName() + "." + System.nanoTime());
    private final List<String> lines = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    ThrottledLogTest() {
        logger.setUseParentHandlers(false);
        logger.addHandler(handler);
    }

    @AfterEach
    void detach() {
        logger.removeHandler(handler);
    }

    @Test
    void theFirstIsLoggedAtOnceAndTheRestOfTheIntervalOnlyCounted() {
        ThrottledLog log = new ThrottledLog(logger, Level.WARNING, Duration.ofHours(1));

        for (int i = 0; i < 1000; i++) {
            int request = i;
            log.note(() -> "request " + request);
        }

        assertThat(lines).containsExactly("request 0 (1 in all since the last such line)");
    }

    @Test
    void onceTheIntervalHasPassedTheNextLineCountsWhatCameBetween() {
        ThrottledLog log = new ThrottledLog(logger, Level.WARNING, Duration.ZERO);

        log.note(() -> "first");
        log.note(() -> "second");

        assertThat(lines).containsExactly("first (1 in all since the last such line)", "second (1 in all since the last such line)");
    }
}
