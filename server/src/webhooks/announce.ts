// What a board's webhooks hear about, worked out from the board itself: a synergy point every
// company agreed to ("agreement"), an agreed point whose content changed since ("changed", with
// before → after), an action past its due date ("overdue", once per action and date) and a
// recorded check-in. What was announced is kept in the webhooks room, so each is told once even
// when several nodes notice it.
import {
  agreedChanges,
  currentAgreementContent,
  foldAgreements,
  planItems,
  readLedger,
  readShapes,
  synergyPoints,
  type BoardId,
  type CheckInPoint,
  type Company,
  type CompanyKey,
  type ShapeId,
  companyName,
} from '@kyoso/shared';
import { roomKey } from '../boards.js';
import type { BoardRecord } from '../storage/storage.js';
import { withRooms } from '../sync/server-writes.js';
import type { RoomRegistry } from '../sync/rooms.js';
import type { BoardRef, EventData } from './payloads.js';
import {
  announceOnce,
  announcedValue,
  readWebhooks,
  webhooksRoomKey,
  type WebhookEvent,
} from './webhook-store.js';
import type { Webhooks } from './webhooks.js';

const PROGRESS = {
  ja: { notStarted: '未着手', inProgress: '進行中', blocked: '停滞', done: '実現' },
  en: { notStarted: 'not started', inProgress: 'in progress', blocked: 'blocked', done: 'shipped' },
} as const;

const refOf = (record: BoardRecord): BoardRef => ({
  id: record.id,
  title: record.title,
  locale: record.locale,
});
const names = (companies: readonly Company[], keys: readonly string[]) =>
  keys.map((key) => companyName(companies, key));

interface Found {
  event: WebhookEvent;
  content: EventData;
}

/** Agreements reached and agreements gone stale since last told, for a board with webhooks. */
export async function announceAgreements(
  rooms: RoomRegistry,
  webhooks: Webhooks,
  record: BoardRecord,
  silent = false,
): Promise<void> {
  const keys = [roomKey(record.id, 'content'), roomKey(record.id, 'ledger'), webhooksRoomKey(record.id)];
  const found = await withRooms(rooms, keys, async ([content, ledger, hooks]) => {
    // Marks are kept up to date whatever the webhooks subscribe to, so one added later for another
    // event hears of what happens from then on, not of the past.
    const hooked = readWebhooks(hooks!.doc);
    if (hooked.length === 0 && !silent) return [];
    const subscribed = new Set(hooked.flatMap((hook) => hook.events));
    const shapes = readShapes(content!.doc).shapes;
    const events = readLedger(ledger!.doc).events;
    const agreements = foldAgreements(events);
    const current = currentAgreementContent(shapes);
    const out: Found[] = [];
    await hooks!.applyServerChange((doc) => {
      for (const point of synergyPoints(shapes, events, record.companies)) {
        const key = `point:${point.id}`;
        const was = announcedValue(doc, key) ?? '';
        const digest = current(point.id)?.digest ?? '';
        if (point.agreement.agreed) {
          if (announceOnce(doc, key, `agreed:${digest}`))
            out.push({
              event: 'agreement',
              content: {
                summary: {
                  ja: `✅ 全社が合意しました：「${point.title}」（${point.agreedBy.map((m) => m.name).join('、')}）`,
                  en: `✅ Agreed by every company: “${point.title}” (${point.agreedBy.map((m) => m.name).join(', ')})`,
                },
                data: {
                  point: { id: point.id, title: point.title },
                  agreedBy: point.agreedBy.map((mark) => ({
                    company: mark.company,
                    name: mark.name,
                    at: mark.at,
                  })),
                },
              },
            });
        } else if (was.startsWith('agreed:') && point.agreement.changedSince.length > 0) {
          announceOnce(doc, key, 'changed');
          const mark = agreements.get(point.id as ShapeId)?.get(point.agreement.changedSince[0]!);
          const now = current(point.id)?.content;
          const companyName = (key: CompanyKey) => names(record.companies, [key])[0] ?? key;
          const changes = mark?.content && now ? agreedChanges(mark.content, now, companyName) : [];
          const waiting = names(record.companies, point.agreement.changedSince);
          out.push({
            event: 'changed',
            content: {
              summary: {
                ja: `⚠️ 合意後に変更されました：「${point.title}」。再合意が必要です（${waiting.join('、')}）`,
                en: `⚠️ Changed since it was agreed: “${point.title}”. Needs agreeing again (${waiting.join(', ')})`,
              },
              data: {
                point: { id: point.id, title: point.title },
                changes,
                waitingFor: point.agreement.changedSince,
              },
            },
          });
        } else if (!point.agreement.agreed && was.startsWith('agreed:')) announceOnce(doc, key, 'open');
      }
    });
    return silent ? [] : out.filter((entry) => subscribed.has(entry.event));
  });
  for (const entry of found) await webhooks.emit(refOf(record), entry.event, entry.content);
}

/** Actions past their due date (in the board's zone) not yet announced, for a board with webhooks. */
export async function announceOverdue(
  rooms: RoomRegistry,
  webhooks: Webhooks,
  record: BoardRecord,
  now: Date,
  silent = false,
): Promise<number> {
  const keys = [roomKey(record.id, 'content'), roomKey(record.id, 'ledger'), webhooksRoomKey(record.id)];
  const zone = record.locale === 'ja' ? 'Asia/Tokyo' : 'UTC';
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(now);
  const found = await withRooms(rooms, keys, async ([content, ledger, hooks]) => {
    const hooked = readWebhooks(hooks!.doc);
    if (hooked.length === 0 && !silent) return [];
    const subscribed = hooked.some((hook) => hook.events.includes('overdue'));
    const items = planItems(
      synergyPoints(readShapes(content!.doc).shapes, readLedger(ledger!.doc).events, record.companies),
      today,
    );
    const out: Found[] = [];
    await hooks!.applyServerChange((doc) => {
      for (const item of items)
        for (const action of item.overdue) {
          if (!announceOnce(doc, `overdue:${item.point.id}:${action.id}`, action.due!)) continue;
          const owners = Object.entries(action.owners).map(
            ([company, name]) => `${names(record.companies, [company])[0]}: ${name}`,
          );
          out.push({
            event: 'overdue',
            content: {
              summary: {
                ja: `⏰ 期限超過：「${action.title}」（${item.point.title}、期日 ${action.due}${owners.length ? `、担当 ${owners.join(' / ')}` : ''}）`,
                en: `⏰ Overdue: “${action.title}” (${item.point.title}, due ${action.due}${owners.length ? `, owners ${owners.join(' / ')}` : ''})`,
              },
              data: {
                point: { id: item.point.id, title: item.point.title },
                action: {
                  id: action.id,
                  title: action.title,
                  due: action.due,
                  owners: action.owners,
                  status: action.status,
                },
              },
            },
          });
        }
    });
    return silent || !subscribed ? [] : out;
  });
  for (const entry of found) await webhooks.emit(refOf(record), entry.event, entry.content);
  return found.length;
}

/**
 * Marks what is true already (agreed points, overdue actions) as told, without telling: a
 * webhook registered today hears of what happens from now on, not of last month's agreements.
 */
export async function markPresentAsAnnounced(
  rooms: RoomRegistry,
  webhooks: Webhooks,
  record: BoardRecord,
): Promise<void> {
  await announceAgreements(rooms, webhooks, record, true);
  await announceOverdue(rooms, webhooks, record, new Date(), true);
}

/** A check-in just recorded. */
export function checkInEvent(
  record: BoardRecord,
  checkIn: { at: string; title: string; by: { name: string }; points: CheckInPoint[] },
  titleOf: (card: ShapeId) => string,
): EventData {
  const line = (locale: 'ja' | 'en') =>
    checkIn.points
      .map(
        (point) =>
          `• ${titleOf(point.card)}: ${PROGRESS[locale][point.progress]}${point.actual === null ? '' : ` (${point.actual})`}${point.note ? ` — ${point.note}` : ''}`,
      )
      .join('\n');
  return {
    summary: {
      ja: `📋 チェックイン「${checkIn.title}」（${checkIn.by.name}）\n${line('ja')}`,
      en: `📋 Check-in “${checkIn.title}” (${checkIn.by.name})\n${line('en')}`,
    },
    data: {
      title: checkIn.title,
      at: checkIn.at,
      by: checkIn.by.name,
      points: checkIn.points.map((point) => ({ ...point, title: titleOf(point.card) })),
    },
  };
}

export const boardRef = refOf;
export type { BoardId };
