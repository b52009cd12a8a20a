package org.kesudesk.store;

/**
 * How H2 is run in this app, set before H2 reads its settings: no Java class may be named by a database
 * ({@code h2.allowedClasses} names none that exists), so that functions, triggers, aggregates or serializers defined
 * in a file from outside cannot load code, even if such a file slipped past {@link SchemaCheck}. (The file and link
 * functions are for administrators only, and the app works as a user who is not one.)
 */
final class H2Settings {

    static final String ALLOWED_CLASSES = "h2.allowedClasses";
    /** A name no class has: H2 accepts a class only if its name equals one listed (or starts with one ending in *). */
    static final String NO_CLASS = "org.kesudesk.store.NoUserClassesAllowed";

    private H2Settings() {
    }

    static void apply() {
        if (System.getProperty(ALLOWED_CLASSES) == null) {
            System.setProperty(ALLOWED_CLASSES, NO_CLASS);
        }
    }
}
