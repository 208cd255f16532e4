package io.casedesk.mail;

import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.Timeline;
import io.casedesk.web.BadRequestException;
import io.casedesk.web.InvalidField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import io.casedesk.security.CurrentUser;
import io.casedesk.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The files kept with a case: those that came with its e-mails and those sent from the customer portal (or any
 * client) with {@code POST}; whoever may read the case may read them, whoever may act on it may add to them, each
 * file up to the size kept from e-mails ({@code casedesk.mail.max-attachment-size}).
 */
@RestController
@RequestMapping("/api/cases/{caseNumber}/attachments")
@Tag(name = "Cases")
public class AttachmentController {

  private final Attachments attachments;
  private final CaseAccess access;

  private final Timeline timeline;
  private final MailProperties props;

  public AttachmentController(Attachments attachments, CaseAccess access, Timeline timeline, MailProperties props) {
    this.attachments = attachments;
    this.access = access;
    this.timeline = timeline;
    this.props = props;
  }

  /** At most this many files in one request. */
  static final int MAX_FILES = 10;

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Transactional
  @Operation(summary = "Add files to a case", description = "Multipart parts named `files`; each appears in the "
      + "timeline. 400 naming `files` when there is none, more than 10, an empty one or one over the size limit for "
      + "e-mail attachments; then none is kept.")
  public ResponseEntity<List<Attachments.Info>> add(@PathVariable String caseNumber,
      @RequestParam(name = "files", required = false) List<MultipartFile> files, CurrentUser user) {
    access.actionable(caseNumber, user);
    List<MultipartFile> sent = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()
        || (f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())).toList();
    long limit = props.maxAttachmentSize().toBytes();
    List<InvalidField> errors = new ArrayList<>();
    if (sent.isEmpty()) {
      errors.add(InvalidField.worded("files", "attachment.none"));
    } else if (sent.size() > MAX_FILES) {
      errors.add(InvalidField.worded("files", "attachment.tooMany", MAX_FILES));
    }
    for (MultipartFile file : sent) {
      if (file.isEmpty()) {
        errors.add(InvalidField.worded("files", "attachment.empty", fileName(file)));
      } else if (file.getSize() > limit) {
        errors.add(InvalidField.worded("files", "attachment.tooLarge", fileName(file), Sizes.readable(file.getSize()),
            Sizes.readable(limit)));
      }
    }
    if (!errors.isEmpty()) {
      throw new BadRequestException(errors);
    }
    for (MultipartFile file : sent) {
      try {
        byte[] content = file.getBytes();
        attachments.add(caseNumber, new ParsedMail.Attachment(fileName(file), contentType(file), content), null);
        timeline.record(caseNumber, user.userId(), CaseEventKind.ATTACHMENT_ADDED,
            fileName(file) + " (" + Sizes.readable(content.length) + ")");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(attachments.of(caseNumber));
  }

  /** The name without the folders some browsers send, cut to what the table keeps. */
  private static String fileName(MultipartFile file) {
    String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    name = name.replaceAll("\\p{Cntrl}", "");
    return name.isEmpty() ? "file" : ProcessedMails.cut(name, 300);
  }

  private static String contentType(MultipartFile file) {
    try {
      return file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE
          : ProcessedMails.cut(MediaType.parseMediaType(file.getContentType()).toString(), 200);
    } catch (RuntimeException unreadable) {
      return MediaType.APPLICATION_OCTET_STREAM_VALUE;
    }
  }

  @GetMapping
  @Operation(summary = "The files kept with a case")
  public List<Attachments.Info> list(@PathVariable String caseNumber, CurrentUser user) {
    access.readable(caseNumber, user);
    return attachments.of(caseNumber);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Download one file of a case")
  public ResponseEntity<byte[]> download(@PathVariable String caseNumber, @PathVariable long id, CurrentUser user) {
    access.readable(caseNumber, user);
    Attachments.Content file = attachments.get(caseNumber, id)
        .orElseThrow(() -> NotFoundException.worded("attachment.notFound", caseNumber, String.valueOf(id)));
    MediaType type;
    try {
      type = MediaType.parseMediaType(file.info().contentType());
    } catch (RuntimeException unreadable) {
      type = MediaType.APPLICATION_OCTET_STREAM;
    }
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file.info().fileName(), java.nio.charset.StandardCharsets.UTF_8)
                .build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(file.bytes());
  }
}
