import { draftingEn } from './drafting';
import { exportsEn } from './exports';
import { facilitationEn } from './facilitation';
import { historyEn } from './history';
import type { Messages } from './ja';
import { participantsEn } from './participants';
import { suggestEn } from './suggest';
import { synergyEn } from './synergy';
import { templatesEn } from './templates';
import { trustEn } from './trust';
import { activityEn } from './activity';
import { searchEn } from './search';
import { arrangeEn } from './arrange';
import { tagsEn } from './tags';
import { planEn } from './plan';
import { reactionsEn } from './reactions';
import { commentsEn } from './comments';
import { themesEn } from './themes';
import { guideEn } from './guide';
import { votingEn } from './voting';
import { KIND_NAMES } from '@kyoso/shared';

// English UI text. Typed as `Messages`: the compiler rejects a missing or an extra key.
const core: Omit<
  Messages,
  | keyof typeof facilitationEn
  | keyof typeof draftingEn
  | keyof typeof votingEn
  | keyof typeof templatesEn
  | keyof typeof synergyEn
  | keyof typeof suggestEn
  | keyof typeof exportsEn
  | keyof typeof historyEn
  | keyof typeof trustEn
  | keyof typeof activityEn
  | keyof typeof searchEn
  | keyof typeof arrangeEn
  | keyof typeof tagsEn
  | keyof typeof planEn
  | keyof typeof reactionsEn
  | keyof typeof commentsEn
  | keyof typeof themesEn
  | keyof typeof guideEn
  | keyof typeof participantsEn
> = {
  'app.name': 'Kyoso 共創',
  'app.tagline': 'A live whiteboard where companies exploring an alliance find their synergies together.',
  'lang.label': 'Language',
  'lang.ja': '日本語',
  'lang.en': 'English',
  'lang.jaShort': '日本語',
  'lang.enShort': 'EN',
  'landing.heading': 'Create a board',
  'landing.intro':
    'Creating a board gives you invitation links for the facilitator, for each company’s members and for observers.',
  'landing.how': 'How it works',
  'landing.step1': 'Create a board and name the companies taking part.',
  'landing.step2': 'Share the invitation link for each role with the participants.',
  'landing.step3': 'Everyone works on the same board live and finds the synergies together.',
  'form.title.label': 'Board title',
  'form.title.placeholder': 'e.g. Acme × Globex co-creation workshop',
  'form.companies.legend': 'Companies',
  'form.companies.hint': '{min} to {max} companies. The colour marks each company’s cards on the board.',
  'form.companies.count': '{count} of {max}',
  'form.company.name.label': 'Company {n} name',
  'form.company.name.placeholder': 'Company name',
  'form.company.color.label': 'Company {n} colour',
  'form.company.remove': 'Remove',
  'form.company.remove.aria': 'Remove company {n}',
  'form.company.add': 'Add company',
  'form.template.label': 'Template',
  'form.template.fallback':
    'Couldn’t load the template list from the server, so the built-in templates are shown.',
  'form.locale.label': 'Board language',
  'form.locale.hint': 'The language of the text on the board, such as the template’s headings.',
  'form.adminToken.label': 'Admin token',
  'form.adminToken.hint':
    'This server needs an admin token to create boards. Paste the token your administrator gave you.',
  'form.submit': 'Create board',
  'form.submitting': 'Creating…',
  'form.errorSummary': 'Please check the fields marked below.',
  'error.title.required': 'Enter a title for the board.',
  'error.title.tooLong': 'Keep the title to {max} characters or fewer.',
  'error.company.nameRequired': 'Enter the company’s name.',
  'error.company.nameTooLong': 'Keep the name to {max} characters or fewer.',
  'error.company.nameDuplicate': 'Another company already has this name.',
  'error.company.colorInvalid': 'Use a colour in the form #rrggbb.',
  'error.company.colorDuplicate': 'Another company uses this colour. Pick a different one.',
  'error.companies.tooFew': 'Add at least {min} companies.',
  'error.companies.tooMany': 'A board can have at most {max} companies.',
  'error.template.unknown': 'Choose a template.',
  'error.adminToken.required': 'Enter the admin token.',
  'error.adminToken.rejected': 'The admin token was not accepted. Please check it and try again.',
  'error.server': 'The board could not be created: {message}',
  'error.network': 'Couldn’t reach the server. Check your connection and try again.',
  'error.unexpected': 'The server gave an unexpected answer ({status}). Please try again in a moment.',
  'created.heading': 'Your board is ready',
  'created.intro':
    'Share these links with the participants. Anyone who has a link can join the board in that role.',
  'created.warning':
    'Keep the facilitator link somewhere safe: opening the board with it, “Share links” shows every link again at any time, and can replace them.',
  'created.boardId': 'Board ID',
  'created.membersHeading': 'Member links, one per company',
  'created.openFacilitator': 'Open as facilitator',
  'created.another': 'Create another board',
  'role.facilitator': 'Facilitator',
  'role.member': 'Member',
  'role.withCompany': '{role} · {company}',
  'role.observer': 'Observer',
  'role.facilitator.desc': 'Runs the session: phases, timer, reveals and the agenda.',
  'role.member.desc': 'Edits the board for this company: {company}',
  'role.observer.desc': 'Watches the board read-only and cannot edit.',
  'copy.button': 'Copy',
  'copy.done': 'Copied',
  'copy.manual': 'Selected. Press Ctrl+C (⌘C on a Mac) to copy.',
  'copy.aria': 'Copy the {label} link',
  'link.aria': '{label} link',
  'board.noToken': 'This link has no access token. Open the full invitation link you were given.',
  'board.badToken': 'This link’s token can’t be read. Open the invitation link you were given again.',
  'board.otherBoard': 'This token belongs to a different board.',
  'board.expired': 'This link has expired. Ask the facilitator for a new one.',
  'board.closed.4401':
    'The server did not accept this link: it is invalid or expired, or the facilitator replaced it with a new one.',
  'board.closed.4403': 'This link does not give access to this board.',
  'board.closed.deleted': 'This board has been deleted.',
  'board.closed.other': 'The server closed the connection (code {code}).',
  'board.backHome': 'Back to the start page',
  'board.panelsFailed': 'The panels (agenda, drafts, votes, plan…) could not be loaded.',
  'board.reload': 'Reload the page',
  'status.connected': 'Connected',
  'status.connecting': 'Connecting…',
  'status.offline': 'Offline',
  'board.loading': 'Opening the board…',
  'board.untitled': 'Untitled board',
  'board.cannotOpen': 'This board can’t be opened',
  'status.reconnecting': 'Reconnecting…',
  'status.offlineHint':
    'You are offline. Changes are kept on this device and synced when the connection is back.',
  'name.title': 'Join the board',
  'name.body': 'Other participants see this name. This browser remembers it; you can change it later.',
  'name.board': 'Board',
  'name.role': 'Joining as',
  'name.label': 'Display name',
  'name.placeholder': 'e.g. Hanako Yamada',
  'name.submit': 'Join',
  'name.ask': 'Ask to join',
  'name.save': 'Save',
  'name.cancel': 'Cancel',
  'name.change': 'Change name',
  'name.required': 'Enter a name.',
  'name.admission':
    'The facilitator lets people into this board one by one: after you ask to join, you wait until they let you in.',
  'presence.label': 'Participants ({count})',
  'presence.you': '(you)',
  'readOnly.notice': 'View only: you can look around the board but not change it.',
  'canvas.label': 'Board canvas',
  'canvas.role': 'whiteboard',
  'canvas.laneKept':
    "This is {lane}'s area, but the card stays {own}'s: only a company's own people make its cards",
  'canvas.kindChanged': 'Now a {kind} card, like its area',
  'canvas.kindChanged.keep': 'Keep as {kind}',
  'canvas.kindChanged.clear': 'Back to no kind',
  'frame.untitled': 'Frame',
  'editor.agreed.point':
    'Part of the agreed synergy point “{title}”: changing it asks the companies that agreed to agree again.',
  'editor.agreed.points':
    'Part of the agreed synergy point “{title}” and {more} more: changing it asks the companies that agreed to agree again.',
  'editor.agreed.card': 'Agreed content: changing it asks the companies that agreed to agree again.',
  'editor.label': 'Edit text',
  'editor.hint': 'Ctrl+Enter (⌘+Enter on Mac) or Esc to finish',
  'toolbar.label': 'Tools',
  'tool.select': 'Select',
  'tool.hand': 'Hand (move the view)',
  'tool.sticky': 'Sticky note',
  'tool.rect': 'Rectangle',
  'tool.ellipse': 'Ellipse',
  'tool.text': 'Text',
  'tool.frame': 'Frame',
  'tool.connector': 'Connector (drag from shape to shape)',
  'action.undo': 'Undo',
  'action.redo': 'Redo',
  'action.delete': 'Delete',
  'action.duplicate': 'Duplicate',
  'action.copy': 'Copy',
  'action.cut': 'Cut',
  'action.paste': 'Paste (at the pointer)',
  'action.bringToFront': 'Bring to front',
  'action.sendToBack': 'Send to back',
  'action.selectAll': 'Select all',
  'action.edit': 'Edit the selected shape’s text',
  'action.finishEditing': 'Finish editing text',
  'action.nudge': 'Nudge (further with Shift)',
  'action.cancel': 'Cancel, clear the selection',
  'zoom.label': 'Zoom',
  'zoom.in': 'Zoom in',
  'zoom.out': 'Zoom out',
  'zoom.fit': 'Zoom to fit',
  'zoom.reset': 'Zoom to 100%',
  'zoom.level': 'Zoom {percent}%',
  'minimap.label': 'Minimap. Click or drag to move the view there',
  'help.open': 'Keyboard shortcuts',
  'help.title': 'Keyboard shortcuts',
  'help.title.touch': 'Gestures and shortcuts',
  'help.section.touch': 'Touch',
  'help.touch.doubleTap': 'Double-tap',
  'help.touch.hold': 'Hold a card',
  'help.touch.holdCard': 'Who made and last changed it, and where its agreements stand',
  'help.touch.selectMore': '“+ Select more”, then tap',
  'help.touch.oneFinger': 'One finger on empty board',
  'help.touch.voteTap': 'Tap while voting',
  'help.touch.vote': 'Put a dot on a card (tap your own dot to take it back)',
  'cursors.hide': 'Hide others’ cursors',
  'cursors.show': 'Show others’ cursors',
  'cursors.hiddenForAll': 'The facilitator has hidden everyone’s cursors',
  'help.close': 'Close',
  'panel.collapse': 'Fold the panel (it stays open as its title)',
  'panel.expand': 'Unfold the panel',
  'panel.intro.hide': 'Hide the explanation',
  'panel.intro.show': 'Show the explanation',
  'help.section.tools': 'Tools',
  'help.section.edit': 'Editing',
  'help.section.view': 'View',
  'help.section.workshop': 'Workshop',
  'help.voteMode': 'Vote mode on / off (members, while a vote is open)',
  'help.draftsPanel': 'Open / close your company’s drafts (members)',
  'help.agreementsPanel': 'Open / close the agreements list',
  'help.lock': 'Lock / unlock the selection (facilitator)',
  'help.frameWalk': 'Next / previous frame (facilitator)',
  'help.stopFollowing': 'Stop following',
  'help.doubleClick': 'Double-click',
  'help.doubleClickEmpty': 'New sticky note (on a shape: edit its text)',
  'help.shiftClick': 'Add to or remove from the selection',
  'help.middleDrag': 'Middle-button drag',
  'help.pointer.click': 'Click',
  'help.pointer.drag': 'Drag',
  'help.pointer.wheel': 'Wheel',
  'help.pan': 'Move the view',
  'help.wheel': 'Wheel / two-finger scroll',
  'help.scroll': 'Scroll',
  'help.enter': 'Edit the selected card (nothing selected: a new card in the middle of the view)',
  'help.tabCards': 'Next / previous card (while the board has the focus)',
  'help.nearestCard': 'Nearest card in that direction',
  'canvas.cardStatus': '{position} of {count}: {description}',
  'help.pinch': 'Pinch',
  'help.zoom': 'Zoom',
  'help.zoomInOut': 'Zoom in / out',
  'props.label': 'Selected shapes',
  'props.selected': '{count} selected',
  'props.selectMore': '+ Select more',
  'props.selectMore.on': '✓ Tap cards to add or remove',
  'props.selectMore.hint':
    'Tap cards to add them to the selection or take them out; drag on empty board to box-select',
  'props.color': 'Colour',
  'props.colorDefault': 'Default colour',
  'props.colorSwatch': 'Colour: {color}',
  'color.yellow': 'yellow',
  'color.orange': 'orange',
  'color.pink': 'pink',
  'color.purple': 'purple',
  'color.blue': 'blue',
  'color.teal': 'teal',
  'color.green': 'green',
  'color.olive': 'olive',
  'color.grey': 'grey',
  'props.company': 'Company',
  'props.companyNone': 'No company',
  'props.kind': 'Kind',
  'props.kindNone': 'No kind',
  'props.mixed': '(mixed)',
  'kind.asset': KIND_NAMES.en.asset,
  'kind.gap': KIND_NAMES.en.gap,
  'kind.goal': KIND_NAMES.en.goal,
  'kind.value': KIND_NAMES.en.value,
  'kind.idea': KIND_NAMES.en.idea,
  'kind.synergy': KIND_NAMES.en.synergy,
  'kind.issue': KIND_NAMES.en.issue,
  'kind.note': KIND_NAMES.en.note,
  'notFound.title': 'Page not found',
  'notFound.body': 'Please check the address.',
};

export const en: Messages = {
  ...core,
  ...facilitationEn,
  ...draftingEn,
  ...votingEn,
  ...templatesEn,
  ...synergyEn,
  ...suggestEn,
  ...exportsEn,
  ...historyEn,
  ...trustEn,
  ...activityEn,
  ...searchEn,
  ...arrangeEn,
  ...tagsEn,
  ...planEn,
  ...reactionsEn,
  ...commentsEn,
  ...themesEn,
  ...guideEn,
  ...participantsEn,
};
