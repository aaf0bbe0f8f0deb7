package org.sahifa.ui.common;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.sahifa.ui.settings.Digits;
import org.sahifa.ui.settings.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The translated texts of the interface, from {@code org/sahifa/ui/i18n/messages_ar.properties} and
 * {@code messages_en.properties}. Texts are bound (see {@link #bind}), so switching the language updates every
 * label at once, without a restart. Placeholders are ICU {@link MessageFormat} patterns, so numbers follow the
 * digits setting.
 */
public final class I18n {

    public static final String BUNDLE = "org.sahifa.ui.i18n.messages";
    /** The key of the separator between the parts of a meta line (see {@link #joinMeta(String...)}). */
    public static final String SEPARATOR_KEY = "meta.separator";
    private static final Logger LOG = LoggerFactory.getLogger(I18n.class);

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.AR);
    private final ObjectProperty<Digits> digits = new SimpleObjectProperty<>(Digits.BY_LANGUAGE);
    private final ReadOnlyObjectWrapper<ResourceBundle> bundle = new ReadOnlyObjectWrapper<>();

    public I18n() {
        bundle.bind(Bindings.createObjectBinding(() -> load(language.get()), language, digits));
    }

    /** The bundle for {@code language}, without falling back to the machine's default locale. */
    public static ResourceBundle load(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<Digits> digitsProperty() {
        return digits;
    }

    /** Changes whenever the language or the digits change; bind to it to refresh computed texts. */
    public ReadOnlyObjectProperty<ResourceBundle> bundleProperty() {
        return bundle.getReadOnlyProperty();
    }

    /** The ICU locale of the interface, with the chosen numbering system ({@code ar@numbers=arab}). */
    public ULocale uLocale() {
        return new ULocale(language.get().tag() + "@numbers=" + digits.get().numberingSystem(language.get()));
    }

    public Locale locale() {
        return language.get().locale();
    }

    /** The text for {@code key} in the current language, with {@code args} put in its placeholders. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.get().getString(key);
        } catch (MissingResourceException e) {
            LOG.error("missing text for key {} in language {}", key, language.get());
            return key;
        }
        if (args.length == 0 && pattern.indexOf('{') < 0) {
            return pattern;
        }
        return new MessageFormat(pattern, uLocale()).format(args);
    }

    /**
     * Joins the non-blank {@code parts} of a meta line (source, date, author; counts) with the language's
     * separator, {@code meta.separator}: the Arabic comma in Arabic. Never a middle dot, which next to Arabic-Indic
     * digits reads as a zero (٠).
     */
    public String joinMeta(String... parts) {
        return joinMeta(bundle.get(), parts);
    }

    /** {@link #joinMeta(String...)} with the separator of {@code bundle}. */
    public static String joinMeta(ResourceBundle bundle, String... parts) {
        String separator = bundle.getString(SEPARATOR_KEY);
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.append(out.length() > 0 ? separator : "").append(p.strip());
            }
        }
        return out.toString();
    }

    /** A binding that always holds the text for {@code key} in the current language. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), bundle);
    }
}
