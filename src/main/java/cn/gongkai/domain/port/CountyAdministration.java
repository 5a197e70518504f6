package cn.gongkai.domain.port;

/** What the county finance bureau does on its server (under its own login); each returns what it did, in Chinese. */
public interface CountyAdministration {
    /** Prepares the server's database, or brings it to this release's schema; again changes nothing. */
    String init();

    /** Adds unit {@code code} with the login {@code u}+code and this password (or sets a new password). */
    String addUnit(String code, char[] password);
}
