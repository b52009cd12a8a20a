package org.kesudesk.l10n;

/**
 * A failure the user must be told about. It carries a message key and its arguments, so that whoever finally
 * handles it (a dialog, the CLI) shows the Chinese text; the technical cause stays for the log.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    public UserFacingException(Throwable cause, String messageKey, Object... arguments) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message as a text to be shown (or put into another message) later. */
    public LocalizedText text() {
        return new LocalizedText(messageKey, java.util.Arrays.stream(arguments)
                .map(argument -> argument == null ? "" : argument).toList());
    }

    /** The message in the user's language; arguments that are texts themselves are put in the same language. */
    public String userMessage() {
        Object[] resolved = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            resolved[i] = arguments[i] instanceof LocalizedText text ? text.text() : arguments[i];
        }
        return Messages.get(messageKey, resolved);
    }

    @Override
    public String getMessage() {
        return userMessage();
    }
}
