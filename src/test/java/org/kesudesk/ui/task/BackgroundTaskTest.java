package org.kesudesk.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** A background step that fails is handled where it says so, and logged with its stack where it says nothing. */
class BackgroundTaskTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(BackgroundTask.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
    }

    @Test
    void aFailureWithoutAHandler_isLoggedWithItsStack() {
        new CurrentThreadTaskExecutor().execute(BackgroundTask.of(() -> {
            throw new IllegalStateException("closing the exchange failed");
        }));

        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel().toString()).isEqualTo("ERROR");
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("closing the exchange failed");
        });
    }

    @Test
    void aFailureWithAHandler_goesToTheHandlerAlone() {
        List<Exception> handled = new ArrayList<>();

        new CurrentThreadTaskExecutor().execute(BackgroundTask.of(() -> {
            throw new IllegalStateException("reading failed");
        }).onFailure(handled::add));

        assertThat(handled).singleElement().extracting(Exception::getMessage).isEqualTo("reading failed");
        assertThat(logged.list).isEmpty();
    }
}
