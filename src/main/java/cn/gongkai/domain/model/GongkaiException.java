package cn.gongkai.domain.model;

/**
 * A failure the officer must be told about in plain Chinese: what went wrong and where. The message is shown as
 * it is; stack traces are for {@code --verbose} only.
 */
public class GongkaiException extends RuntimeException {
    public GongkaiException(String message) {
        super(message);
    }

    public GongkaiException(String message, Throwable cause) {
        super(message, cause);
    }
}
