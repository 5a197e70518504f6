package cn.gongkai.domain.model;

/** Input that cannot be used (a bad file, a bad amount, an unknown draft); nothing was changed. */
public class BadInputException extends GongkaiException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
