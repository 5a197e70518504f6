package cn.gongkai.ui;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the editor remembers between sessions (per Windows/Linux user): window size, UI font size, last open draft.
 * Tests pass their own preferences node.
 */
public final class UiSettings implements cn.gongkai.ui.dialogs.FolderMemory {
    public static final int[] FONT_SIZES = {12, 14, 16, 18, 20};
    private final Preferences prefs;

    public UiSettings(Preferences prefs) {
        this.prefs = prefs;
    }

    public static UiSettings forUser() {
        return new UiSettings(Preferences.userRoot().node("cn/gongkai/editor"));
    }

    public int fontSize() {
        return prefs.getInt("fontSize", 14);
    }

    public void setFontSize(int px) {
        prefs.putInt("fontSize", px);
        flush();
    }

    public double width() {
        return prefs.getDouble("width", 1280);
    }

    public double height() {
        return prefs.getDouble("height", 720);
    }

    public boolean maximized() {
        return prefs.getBoolean("maximized", false);
    }

    public void setWindow(double w, double h, boolean max) {
        prefs.putDouble("width", w);
        prefs.putDouble("height", h);
        prefs.putBoolean("maximized", max);
        flush();
    }

    /** The draft open when the editor was last closed, or -1. */
    /** Where the editor's divider above the problems pane stands (0–1 of the height; default 0.78). */
    public double problemsDivider() {
        return prefs.getDouble("problemsDivider", 0.78);
    }

    public void setProblemsDivider(double position) {
        prefs.putDouble("problemsDivider", Math.max(0.3, Math.min(0.92, position)));
    }

    /** The county server's address and login last connected to ("" when never); never its password. */
    public String serverAddress() {
        return prefs.get("serverAddress", "");
    }

    public String serverLogin() {
        return prefs.get("serverLogin", "");
    }

    public void rememberServer(String address, String login) {
        prefs.put("serverAddress", address.strip());
        prefs.put("serverLogin", login.strip());
        flush();
    }

    public long lastDraft() {
        return prefs.getLong("lastDraft", -1);
    }

    public void setLastDraft(long id) {
        prefs.putLong("lastDraft", id);
        flush();
    }

    @Override
    public java.util.Optional<java.nio.file.Path> folder(String purpose) {
        String f = prefs.get(key(purpose), null);
        return f == null ? java.util.Optional.empty() : java.util.Optional.of(java.nio.file.Path.of(f));
    }

    @Override
    public void remember(String purpose, java.nio.file.Path folder) {
        prefs.put(key(purpose), folder.toString());
        flush();
    }

    /** A preferences key of the allowed length for any purpose's name. */
    private static String key(String purpose) {
        return "folder." + Integer.toHexString(purpose.hashCode());
    }

    private void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // settings are a convenience: losing them must never stop the officer's work
        }
    }
}
