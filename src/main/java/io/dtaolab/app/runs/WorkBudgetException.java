package io.dtaolab.app.runs;

/** A request that asks for more work or memory than a configured limit allows; answered with 422 naming the limit. */
public final class WorkBudgetException extends RuntimeException {
    private final String limit;

    public WorkBudgetException(String what, long asked, long allowed, String limit) {
        super(what + ": " + asked + " asked, this server accepts at most " + allowed + " (" + limit + ")", null, false, false);
        this.limit = limit;
    }

    public String limit() {
        return limit;
    }
}
