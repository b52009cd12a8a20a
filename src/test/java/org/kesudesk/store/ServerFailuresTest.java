package org.kesudesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.kesudesk.l10n.UserFacingException;

/**
 * A server's refusals as the driver words them in the users' language: the driver translates its messages into the
 * default locale's, so what it says of a server without TLS is matched whatever the language.
 */
class ServerFailuresTest {

    private static final ServerAddress SERVER = new ServerAddress("jdbc:postgresql://localhost/kesudesk", "clerk",
            "x");

    @Test
    void aServerWithoutTls_isSaidSo_inEnglishOrInChinese() {
        for (String words : new String[] {"The server does not support SSL.", "服务器不支援 SSL 连线。"}) {
            RuntimeException said = ServerFailures.of(new SQLException(words, "08004"), SERVER);
            assertThat(said).isInstanceOf(UserFacingException.class);
            assertThat(((UserFacingException) said).messageKey()).as(words).isEqualTo("store.server.error.noTls");
        }
    }

    @Test
    void anotherRefusedConnection_isNotTakenForOne() {
        RuntimeException said = ServerFailures.of(new SQLException("连接被拒绝。", "08004"), SERVER);
        assertThat(((UserFacingException) said).messageKey()).isEqualTo("store.server.error.unreachable");
    }
}
