export { type Brand, type BoardId, type ShapeId, type CompanyKey, randomId, newBoardId, newShapeId, asBoardId, asCompanyKey, asShapeId } from './ids.js';
export { type Role, type Principal, ROLES } from './roles.js';
export { type Channel, parseChannel, channelName, canRead, canWrite } from './channels.js';
export { type Company, MIN_COMPANIES, MAX_COMPANIES, MAX_COMPANY_NAME, COMPANY_PALETTE, isHexColor } from './companies.js';
export { type Locale, LOCALES, type TemplateInfo, TEMPLATES, findTemplate } from './templates.js';
