package io.casedesk.mail;

import io.casedesk.cases.CaseAccess;
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

/** The files that came with a case's e-mails; whoever may read the case may read them. */
@RestController
@RequestMapping("/api/cases/{caseNumber}/attachments")
@Tag(name = "Cases")
public class AttachmentController {

  private final Attachments attachments;
  private final CaseAccess access;

  public AttachmentController(Attachments attachments, CaseAccess access) {
    this.attachments = attachments;
    this.access = access;
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
        .orElseThrow(() -> new NotFoundException("Case " + caseNumber + " has no attachment " + id));
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
