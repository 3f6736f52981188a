package org.swbulletin.site;

/**
 * Which errors the preview's long-running threads (the watcher, the rebuild) report and outlive.
 *
 * <p>A rebuild runs code over editors' input, so anything it throws, {@link StackOverflowError} from a runaway
 * recursion included, says that this rebuild failed, not that the process is broken: the stack has unwound and the
 * previous site is still whole. The other {@link VirtualMachineError}s (out of memory, internal errors) may have struck
 * any thread halfway through a change, so nothing after them can be trusted.
 */
final class Survivable {
    private Survivable() {
    }

    /** Whether a thread may report {@code t} and carry on. */
    static boolean error(Throwable t) {
        return !(t instanceof VirtualMachineError) || t instanceof StackOverflowError;
    }

    /** The one line that tells an editor what went wrong: the message, or the error's name when it has none. */
    static String describe(Throwable t) {
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
