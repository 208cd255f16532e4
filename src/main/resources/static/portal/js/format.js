// How the portal writes dates, statuses, priorities and the words of the decision tables.
import { language, locale, t } from './i18n.js';

const dateTimes = {};

function dateTime() {
  const key = language();
  dateTimes[key] = dateTimes[key] || new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' });
  return dateTimes[key];
}

export function when(iso) {
  return iso ? dateTime().format(new Date(iso)) : '–';
}

export const STATUS = {
  NEW: 'Registered',
  NO_CONTRACT: 'No valid contract',
  OPEN: 'Open',
  IN_PROGRESS: 'In progress',
  WAITING_CUSTOMER: 'Waiting for your answer',
  RMA_PENDING: 'Spare part on its way',
  RESOLVED: 'Solution proposed',
  CLOSED: 'Closed',
};

export const PRIORITY = {
  P1: 'P1 – critical',
  P2: 'P2 – high',
  P3: 'P3 – medium',
  P4: 'P4 – low',
};

export function status(value) {
  return STATUS[value] ? t(STATUS[value]) : words(value);
}

export function priority(value) {
  return value ? (PRIORITY[value] ? t(PRIORITY[value]) : value) : t('being set');
}

/** "operational-problem" -> "Operational problem", "CUSTOMER_MESSAGE" -> "Customer message". */
export function words(value) {
  if (!value) {
    return '';
  }
  const text = String(value).replace(/[-_]+/g, ' ').toLowerCase();
  return t(text.charAt(0).toUpperCase() + text.slice(1));
}

/** Timeline kinds as a customer reads them. */
const EVENT = {
  OPENED: 'Case opened',
  TRIAGED: 'Priority and queue set',
  TRIAGE_DELAYED: 'Registered',
  PRIORITY_CONFIRMED: 'Priority confirmed',
  PRIORITY_CHANGED: 'Priority changed',
  ASSIGNED: 'Engineer assigned',
  UNASSIGNED: 'Engineer released the case',
  INFORMATION_REQUESTED: 'Question for you',
  SLA_PAUSED: 'Waiting for you',
  SLA_RESUMED: 'Work resumed',
  SOLUTION_PROPOSED: 'Solution proposed',
  CLOSURE_CONFIRMED: 'You accepted the solution',
  CLOSURE_REJECTED: 'Solution not accepted',
  CLOSURE_REMINDER_SENT: 'Reminder sent',
  CUSTOMER_MESSAGE: 'Message from you',
  AGENT_MESSAGE: 'Message from the desk',
  DUTY_MANAGER_REQUESTED: 'Duty manager asked for',
  ACTION_PLAN_PUBLISHED: 'Action plan',
  SURVEY_ANSWERED: 'Survey answered',
  COMPLAINT_RECEIVED: 'Complaint received',
  VENDOR_CASE_OPENED: 'Case opened with the vendor',
  ATTACHMENT_ADDED: 'File added',
  ATTACHMENT_REJECTED: 'File not kept',
  NO_CONTRACT: 'No valid contract',
  ESCALATED: 'Escalated',
  RMA_REQUESTED: 'Hardware fault',
  RMA_FINISHED: 'Spare-part replacement finished',
  CLOSED: 'Closed',
  REOPENED: 'Reopened',
  FOLLOW_UP_CASE_OPENED: 'Follow-up case opened',
  RED_FLAG_DECLARED: 'Emergency declared',
  RED_FLAG_STATUS_UPDATE: 'Emergency status update',
  RED_FLAG_RESTORED: 'Service restored',
  RED_FLAG_CLOSED: 'Emergency closed',
  HEALTH_ALERT_FIRING: 'Monitoring alert',
  HEALTH_ALERT_REPEATED: 'Monitoring alert repeated',
  HEALTH_ALERT_RESOLVED: 'Monitoring alert resolved',
  RMA_OPENED: 'Spare-part replacement opened',
  RMA_CANCELLED: 'Spare-part replacement cancelled',
  RMA_REQUEST_FILED: 'Spare-part replacement to confirm',
  RMA_REQUEST_CONFIRMED: 'Spare-part replacement confirmed',
  RMA_REQUEST_REFUSED: 'Spare-part replacement refused',
  RMA_NOT_COVERED: 'Spare part not covered',
  RMA_QUOTE_SENT: 'Quote sent',
  RMA_PART_ISSUED: 'Spare part issued',
  RMA_VENDOR_REQUESTED: 'Spare part ordered from the vendor',
  RMA_PART_RECEIVED: 'Spare part arrived',
  RMA_PART_REPLACED: 'Part replaced',
  RMA_FIX_CONFIRMED: 'Repair confirmed',
  RMA_FIX_REFUSED: 'Repair not confirmed',
  RMA_PART_RETURNED: 'Faulty part returned',
};

export function event(kind) {
  return EVENT[kind] ? t(EVENT[kind]) : words(kind);
}

export function size(bytes) {
  if (bytes == null) {
    return '';
  }
  if (bytes < 1024) {
    return t('{0} bytes', bytes);
  }
  if (bytes < 1024 * 1024) {
    return `${Math.round(bytes / 1024)} KB`;
  }
  const mb = bytes / 1024 / 1024;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** An element with text (never HTML): el('td', {class: 'x'}, 'text', child, ...). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value == null) {
      continue;
    }
    if (name === 'text') {
      node.textContent = value;
    } else {
      node.setAttribute(name, value === true ? '' : value);
    }
  }
  for (const child of children) {
    if (child != null && child !== false) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}
