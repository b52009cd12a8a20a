package org.kesudesk;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.spi.FilterReply;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;

/**
 * The app's logging, set up in code when the {@link Launcher} has named a log folder: a log file in the data folder
 * for support (帮助 ▸ 导出诊断信息), the newest five of 2 MB kept. Nothing goes to the console: the user is told
 * what went wrong in Chinese, by the window or the command line, and the log keeps the failure and its stack. In
 * code rather than XML because reading logback's XML took a tenth of a second of the window's start. Without a log
 * folder (tests, tools) {@code logback.xml} applies.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogFiles extends ContextAwareBase implements Configurator {

    /** How often the log file's size is looked at (a call for its length, for the first message after). */
    static final long CHECK_SIZE_EVERY_MS = 100;
    private static final String FILE_PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        String folder = System.getProperty(Launcher.LOG_FOLDER_PROPERTY);
        if (folder == null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder + "/kesudesk.log");
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder + "/kesudesk.%i.log");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(4);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> size = new SizeBasedTriggeringPolicy<>();
        size.setContext(context);
        size.setMaxFileSize(FileSize.valueOf("2MB"));
        // logback looks at the file's size once a minute by default: a burst of messages grew one file past 1 GB
        size.setCheckIncrement(Duration.buildByMilliseconds(CHECK_SIZE_EVERY_MS));
        size.start();
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(size);
        file.setEncoder(encoder(context, FILE_PATTERN));
        file.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(file);
        context.getLogger("org.kesudesk").setLevel(Level.INFO);
        context.getLogger("org.jooq.Constants").setLevel(Level.OFF);
        RepeatedLibraryMessages repeated = new RepeatedLibraryMessages();
        repeated.setContext(context);
        repeated.start();
        context.addTurboFilter(repeated);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * A library's message (by logger and pattern) is logged {@value #REPEATS} times a run, then dropped: a hostile
     * file can make a library log the same warning millions of times (PDFBox, once for every form drawn past its
     * depth limit), which would fill the disk and push every useful line out of the kept files. The app's own
     * messages are all kept.
     */
    public static final class RepeatedLibraryMessages extends TurboFilter {

        static final int REPEATS = 20;
        private static final int PATTERNS = 1_000;
        private final Map<String, Integer> counts = new ConcurrentHashMap<>();

        @Override
        public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                                  Throwable t) {
            if (level == null || logger.getName().startsWith("org.kesudesk")
                    || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
                return FilterReply.NEUTRAL;
            }
            String key = logger.getName() + '|' + format;
            if (counts.size() >= PATTERNS && !counts.containsKey(key)) {
                key = "";
            }
            return counts.merge(key, 1, Integer::sum) > REPEATS ? FilterReply.DENY : FilterReply.NEUTRAL;
        }
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        return encoder;
    }
}
