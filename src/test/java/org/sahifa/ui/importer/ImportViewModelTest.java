package org.sahifa.ui.importer;

import org.junit.jupiter.api.Test;
import org.sahifa.ui.LibraryTestSupport;
import org.sahifa.library.Library;
import org.sahifa.ui.common.CurrentThreadTaskExecutor;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.settings.Digits;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportViewModelTest extends LibraryTestSupport {

    @Test
    void aFolderWithOneBrokenFileKeepsTheGoodOnesAndSaysWhy() throws Exception {
        library = Library.open(dir.resolve("lib"));
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.jsonl"),
                "{\"title\": \"خبر أول\", \"content\": \"نص أول\"}\n{\"title\": \"خبر ثان\", \"content\": \"نص ثان\"}\n");
        Files.writeString(in.resolve("broken.json"), "[{\"title\": \"ناقص\", ");
        I18n i18n = new I18n();
        i18n.digitsProperty().set(Digits.LATIN);
        ImportViewModel vm = new ImportViewModel(new CurrentThreadTaskExecutor(), i18n);
        int[] finished = new int[1];
        vm.setOnFinished(() -> finished[0]++);
        vm.start(ImportViewModel.files(library, List.of(in)));
        assertThat(finished[0]).isEqualTo(1);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.reportProperty().get().stored()).isEqualTo(2);
        assertThat(vm.reportProperty().get().problems()).singleElement()
                .satisfies(p -> assertThat(p.file().getFileName().toString()).isEqualTo("broken.json"));
        assertThat(vm.messageProperty().get()).isEqualTo("أُضيفت: مقالتان، مكررة: 0، مرفوضة: 1");
        assertThat(library.articles().count()).isEqualTo(2);
    }
}
