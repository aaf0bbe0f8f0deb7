package org.sahifa.ui.navigation;

import org.junit.jupiter.api.Test;
import org.sahifa.ui.LibraryTestSupport;
import org.sahifa.ui.TestLibraries;
import org.sahifa.ui.common.CurrentThreadTaskExecutor;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.settings.Language;
import org.sahifa.ui.settings.SettingsModel;
import org.sahifa.ui.settings.Settings;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationViewModelTest extends LibraryTestSupport {

    @Test
    void entriesWithCountsSavedSearchesSourcesAndActions() {
        library = TestLibraries.withArticles(dir, 4);
        SettingsModel settings = new SettingsModel();
        I18n i18n = new I18n();
        NavigationViewModel vm = new NavigationViewModel(library, new CurrentThreadTaskExecutor(), i18n,
                settings.savedSearches());
        vm.refresh();
        assertThat(vm.items()).filteredOn(i -> i.kind() == NavItem.Kind.ALL).singleElement()
                .satisfies(i -> assertThat(i.count()).isEqualTo(5));
        assertThat(vm.items()).filteredOn(i -> i.kind() == NavItem.Kind.SOURCE).extracting(NavItem::label)
                .containsExactlyInAnyOrder("وكالة", "صحيفة", "فرانس برس");
        assertThat(vm.items()).noneMatch(i -> i.kind() == NavItem.Kind.SAVED_SEARCH);

        settings.savedSearches().add(new Settings.SavedSearch("قره باغ", "كراباخ"));
        assertThat(vm.items()).filteredOn(i -> i.kind() == NavItem.Kind.SAVED_SEARCH).singleElement()
                .satisfies(i -> assertThat(i.arg()).isEqualTo("كراباخ"));

        List<String> ran = new ArrayList<>();
        vm.addSourceAction("nav.addFeed", () -> ran.add("feed"));
        NavItem action = vm.items().stream().filter(i -> i.kind() == NavItem.Kind.ACTION).findFirst().orElseThrow();
        assertThat(action.label()).isEqualTo("إضافة مصدر…");
        assertThat(vm.runAction(action)).isTrue();
        assertThat(ran).containsExactly("feed");

        i18n.languageProperty().set(Language.EN);
        assertThat(vm.items().get(1).label()).isEqualTo("All articles");
    }
}
