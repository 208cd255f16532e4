package io.casedesk.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files analysts edit, read where they live in the repository (tests run in the project's folder). */
final class FormFiles {

  static final Path FORMS = Path.of("forms");
  static final Path PROCESSES = Path.of("processes");

  private FormFiles() {}

  static List<Path> forms() {
    return list(FORMS, ".form");
  }

  static List<Path> list(Path folder, String suffix) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CamundaForm form(Path file) {
    try {
      return CamundaForm.parse(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CamundaForm form(String id) {
    return form(FORMS.resolve(id + ".form"));
  }
}
