// The plan's due dates as an iCalendar file (plan.ics, RFC 5545), written with ical.js: an all-day
// event per dated action of every synergy point on the plan, and one for a point's next step when
// it has a due date. For one company (`company`), only what that company owns: actions with an
// owner on its side, and next steps of points it owns. UIDs are stable, so a calendar that
// subscribes to the file updates the events instead of duplicating them.
import ICAL from 'ical.js';
import {
  calendarDay,
  planItems,
  PLAN_LABELS,
  synergyPoints,
  type CompanyKey,
  type ExportInput,
  type Locale,
  companyName,
} from '@kyoso/shared';

interface Dated {
  uid: string;
  day: string;
  summary: string;
  description: string;
}

function allDay(item: Dated, stamp: ICAL.Time): ICAL.Component {
  const vevent = new ICAL.Component('vevent');
  const event = new ICAL.Event(vevent);
  event.uid = item.uid;
  event.summary = item.summary;
  event.description = item.description;
  event.startDate = ICAL.Time.fromDateString(item.day);
  const end = event.startDate.clone();
  end.adjust(1, 0, 0, 0);
  event.endDate = end;
  vevent.updatePropertyWithValue('dtstamp', stamp);
  vevent.updatePropertyWithValue('transp', 'TRANSPARENT');
  return vevent;
}

export function planCalendar(input: ExportInput, locale: Locale, company: CompanyKey | null): string {
  const labels = PLAN_LABELS[locale];
  const { board } = input;
  const nameOf = (key: string) => companyName(board.companies, key);
  const items = planItems(
    synergyPoints(input.shapes, input.ledger, board.companies),
    calendarDay(new Date()),
  );
  const dated: Dated[] = [];
  for (const { point, plan } of items) {
    /** The titles of this point's actions in the calendar. */
    const listed = new Set<string>();
    for (const action of plan.actions) {
      if (action.due === null) continue;
      if (company !== null && action.owners[company] === undefined) continue;
      listed.add(action.title.trim());
      dated.push({
        uid: `${action.id}.${point.id}.${board.id}@kyoso`,
        day: action.due,
        summary: `${action.title} (${point.title})`,
        description: [
          `${labels.point}: ${point.title}`,
          ...Object.entries(action.owners).map(([key, name]) => `${labels.ownerOf(nameOf(key))}: ${name}`),
          `${labels.status}: ${labels.statuses[action.status]}`,
          board.title,
        ].join('\n'),
      });
    }
    const { due, nextStep, owners } = point.fields;
    // A next step made the first action ("Make it the first action") is that action's event, when
    // the action is in this calendar (dated, and this company's).
    const restated = nextStep.trim() !== '' && listed.has(nextStep.trim());
    if (due !== null && !restated && (company === null || owners[company] !== undefined))
      dated.push({
        uid: `next.${point.id}.${board.id}@kyoso`,
        day: due,
        summary: `${nextStep === '' ? point.title : nextStep} (${point.title})`,
        description: [
          `${labels.point}: ${point.title}`,
          ...Object.entries(owners).map(([key, name]) => `${labels.ownerOf(nameOf(key))}: ${name}`),
          board.title,
        ].join('\n'),
      });
  }
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.updatePropertyWithValue('prodid', '-//Kyoso//Joint action plan//EN');
  calendar.updatePropertyWithValue('version', '2.0');
  calendar.updatePropertyWithValue('calscale', 'GREGORIAN');
  const name = company === null ? board.title : `${board.title} (${nameOf(company)})`;
  calendar.updatePropertyWithValue('x-wr-calname', `${name}: ${labels.title}`);
  const stamp = ICAL.Time.fromJSDate(new Date(input.exportedAt), true);
  for (const item of dated.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)))
    calendar.addSubcomponent(allDay(item, stamp));
  return `${calendar.toString()}\r\n`;
}
