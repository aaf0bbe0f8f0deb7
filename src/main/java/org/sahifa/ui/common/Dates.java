package org.sahifa.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;

import java.time.ZoneId;

/** The current {@link DateFormatter}, rebuilt when the language, the digits or the Hijri setting change. */
public final class Dates {

    private final ObjectBinding<DateFormatter> formatter;

    public Dates(I18n i18n, BooleanProperty showHijri) {
        formatter = Bindings.createObjectBinding(
                () -> new DateFormatter(i18n.uLocale(), ZoneId.systemDefault(), showHijri.get()),
                i18n.bundleProperty(), showHijri);
    }

    public DateFormatter get() {
        return formatter.get();
    }

    /** Changes whenever the formatter is rebuilt; views listen to it to redraw dates. */
    public ObjectBinding<DateFormatter> binding() {
        return formatter;
    }
}
