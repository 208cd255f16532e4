import { size } from './format.js';
import { t } from './i18n.js';

// Form messages: each next to its field (aria-invalid, aria-describedby), the rest above the form.

/** Removes the messages of an earlier try. */
export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach(p => {
    const input = form.querySelector(`[aria-describedby~="${p.id}"]`);
    if (input) {
      input.removeAttribute('aria-invalid');
      const rest = input.getAttribute('aria-describedby').split(' ').filter(id => id !== p.id).join(' ');
      rest ? input.setAttribute('aria-describedby', rest) : input.removeAttribute('aria-describedby');
    }
    p.remove();
  });
  const general = form.querySelector('.form-error');
  if (general) {
    general.hidden = true;
    general.textContent = '';
  }
}

/**
 * Shows [{field, message}] next to the fields of that name (the API's names: "impact", "emergency.affectedUsers"),
 * and the rest, or the detail when no field is named, above the form. Focuses the first field in error.
 */
export function showErrors(form, fieldErrors, detail) {
  clearErrors(form);
  const unplaced = [];
  let first = null;
  for (const { field, message } of fieldErrors) {
    const input = form.elements.namedItem(field);
    if (!input || !input.id) {
      unplaced.push(field ? `${field}: ${message}` : message);
      continue;
    }
    const id = `${input.id}-error`;
    let p = document.getElementById(id);
    if (!p) {
      p = document.createElement('p');
      p.id = id;
      p.className = 'field-error';
      (input.closest('.field') || input.parentElement).appendChild(p);
      input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') || ''} ${id}`.trim());
    }
    p.textContent = p.textContent ? `${p.textContent} ${sentence(message)}` : sentence(message);
    input.setAttribute('aria-invalid', 'true');
    first = first || input;
  }
  const general = form.querySelector('.form-error');
  const text = unplaced.length ? unplaced.join(' ') : (fieldErrors.length ? '' : detail);
  if (general && text) {
    general.textContent = text;
    general.hidden = false;
  }
  if (first) {
    first.focus();
  } else if (general && text) {
    general.focus?.();
  }
}

/** Shows an ApiError (or any error) on the form: its fields next to them, else its detail above the form. */
export function showProblem(form, error) {
  const fields = error.fieldErrors || [];
  showErrors(form, fields, fields.length ? null : (error.message || t('Something went wrong. Please try again.')));
}

/** The browser's own checks of the form's fields (required, type, length) as messages next to the fields. */
export function checkFields(form) {
  const errors = [];
  for (const input of form.elements) {
    if (!input.name || input.disabled || typeof input.checkValidity !== 'function') {
      continue;
    }
    if (input.required && input.type !== 'radio' && input.type !== 'checkbox' && !String(input.value).trim()) {
      errors.push({ field: input.name, message: input.tagName === 'SELECT' ? t('Please choose one.')
        : t('Please fill in this field.') });
    } else if (!input.checkValidity()) {
      errors.push({ field: input.name, message: input.validationMessage });
    }
  }
  const radios = new Set([...form.querySelectorAll('input[type=radio][required]')].map(r => r.name));
  for (const name of radios) {
    if (!form.querySelector(`input[type=radio][name="${name}"]:checked`)) {
      errors.push({ field: name, message: t('Please choose one.') });
    }
  }
  if (errors.length) {
    showErrors(form, dedupe(errors));
    return false;
  }
  clearErrors(form);
  return true;
}

/** The files chosen in the form's field "files", checked against the size limit; null (and a message) if wrong. */
export function chosenFiles(form, maxFileSize) {
  const input = form.elements.namedItem('files');
  const files = input && input.files ? [...input.files] : [];
  const problems = [];
  if (files.length > 10) {
    problems.push(t('Choose at most 10 files at a time'));
  }
  for (const file of files) {
    if (file.size === 0) {
      problems.push(t('{0} is empty', file.name));
    } else if (maxFileSize && file.size > maxFileSize) {
      problems.push(t('{0} is larger than {1}, the limit for a file', file.name, size(maxFileSize)));
    }
  }
  if (problems.length) {
    showErrors(form, [{ field: 'files', message: problems.join('. ') }]);
    return null;
  }
  return files;
}

/** The form's fields as an object, blank ones left out. */
export function values(form) {
  const data = {};
  for (const [name, value] of new FormData(form).entries()) {
    if (typeof value === 'string' && value.trim() !== '') {
      data[name] = value.trim();
    }
  }
  return data;
}

function dedupe(errors) {
  const seen = new Set();
  return errors.filter(e => !seen.has(e.field) && seen.add(e.field));
}

function sentence(message) {
  if (!message) {
    return '';
  }
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
