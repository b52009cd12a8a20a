package org.kesudesk.store;

import java.sql.SQLException;

import org.kesudesk.l10n.FailureReasons;
import org.kesudesk.l10n.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What went wrong with an office's database on a server, said in Chinese: the server cannot be reached, the user
 * or password is wrong, the database does not exist, it belongs to a newer version of the app or to something else.
 * PostgreSQL says which by its SQLSTATE; Flyway by its error.
 */
final class ServerFailures {

    private static final Logger LOG = LoggerFactory.getLogger(ServerFailures.class);

    private ServerFailures() {
    }

    static RuntimeException of(Throwable failure, ServerAddress server) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException userFacing) {
                return userFacing;
            }
            if (t instanceof org.flywaydb.core.api.FlywayException flyway) {
                String message = String.valueOf(flyway.getMessage());
                if (message.contains("not resolved locally") || message.contains("newer than")
                        || message.contains("applied migration")) {
                    return new UserFacingException(failure, "store.server.error.tooNew", server);
                }
                if (message.contains("non-empty schema") || message.contains("without schema history")) {
                    return new UserFacingException(failure, "store.server.error.notOurs", server);
                }
            }
            if (t instanceof SQLException sql && refusesTls(sql)) {
                // the connection must be encrypted (sslmode=require) and the server offers no TLS
                return new UserFacingException(failure, "store.server.error.noTls", server);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08")) {
                    return new UserFacingException(failure, "store.server.error.unreachable", server);
                }
                if (state.equals("28P01") || state.equals("28000")) {
                    return new UserFacingException(failure, "store.server.error.password", server);
                }
                if (state.equals("40P01") || state.equals("40001")) {
                    // two clerks' changes waiting for each other: the server gave up one, which changed nothing
                    return new UserFacingException(failure, "store.server.error.busy", server);
                }
                if (state.equals("3D000")) {
                    return new UserFacingException(failure, "store.server.error.noDatabase", server);
                }
            }
        }
        LOG.error("database failure on {}", server, failure);
        return new UserFacingException(failure, "store.error.access", server, FailureReasons.of(failure));
    }

    /**
     * Whether the driver gave up because the server offers no TLS. It says so in words only, in the default locale's
     * language (Chinese on the users' machines, where a match on the English words never held), with the state it
     * gives any refused connection: the words as the driver translates them, or that state and "SSL", which no
     * translation changes.
     */
    static boolean refusesTls(SQLException failure) {
        String message = String.valueOf(failure.getMessage());
        return message.contains(org.postgresql.util.GT.tr("The server does not support SSL."))
                || "08004".equals(failure.getSQLState()) && message.contains("SSL");
    }
}
