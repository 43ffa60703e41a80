// Company names and domains in one comparable form, for counting the accounts two companies share
// (docs/ARCHITECTURE.md, "Account overlap"). Japanese names are written many ways: 株式会社あさひ,
// （株）あさひ, ㈱あさひ, あさひ株式会社, ｱｻﾋ... and English ones with Inc., Co., Ltd. or K.K. The
// key drops legal forms, width, case, spaces and punctuation; kana stay kana (アサヒ and あさひ are
// kept apart: they may be different companies).

/** Legal forms, matched after NFKC (so ㈱ and （株） are already "(株)"), anywhere in the name. */
const LEGAL_FORMS = [
  /\(株\)|\(有\)|\(合\)|\(資\)|\(名\)|\(同\)/g,
  /株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|特定非営利活動法人|独立行政法人/g,
  /\b(?:co\.?,?\s*ltd|company\s+limited|corporation|incorporated|limited|holdings|inc|corp|llc|ltd|plc|gmbh|k\.?\s?k|co)\b\.?/gi,
];
const PUNCTUATION = /[\s\p{P}\p{S}]+/gu;

/** The comparable key of a company name ('' when nothing is left, e.g. only a legal form). */
export function companyNameKey(name: string): string {
  let text = name.normalize('NFKC').toLowerCase();
  for (const form of LEGAL_FORMS) text = text.replace(form, ' ');
  return text.replace(PUNCTUATION, '');
}

/** A domain as people paste it (https://www.Example.co.jp/about) in one form: example.co.jp. */
export function domainKey(value: string): string {
  const text = value.normalize('NFKC').trim().toLowerCase();
  if (text === '') return '';
  const host = text
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/^www\./, '');
  return /^[a-z0-9.-]+\.[a-z]{2,}$/.test(host) ? host.replace(/\.$/, '') : '';
}

export interface Account {
  /** As the company wrote it. */
  name: string;
  domain: string;
}

export interface SharedAccount {
  /** How each of the two companies wrote it. */
  names: [string, string];
  domain: string;
}

/**
 * The accounts both lists hold: the same name key, or the same domain where both gave one. Each
 * account of `a` counts once, matched to at most one of `b`. Greedy, so the order of the two lists
 * can matter at the edges: compare a pair always in one order (the server does, by board order).
 */
export function sharedAccounts(a: readonly Account[], b: readonly Account[]): SharedAccount[] {
  const byName = new Map<string, Account>();
  const byDomain = new Map<string, Account>();
  for (const account of b) {
    const name = companyNameKey(account.name);
    const domain = domainKey(account.domain);
    if (name !== '' && !byName.has(name)) byName.set(name, account);
    if (domain !== '' && !byDomain.has(domain)) byDomain.set(domain, account);
  }
  const used = new Set<Account>();
  const shared: SharedAccount[] = [];
  for (const account of a) {
    const name = companyNameKey(account.name);
    const domain = domainKey(account.domain);
    // By name first, else by domain; an account of `b` already matched is not matched twice.
    const match = [
      name !== '' ? byName.get(name) : undefined,
      domain !== '' ? byDomain.get(domain) : undefined,
    ].find((candidate) => candidate !== undefined && !used.has(candidate));
    if (!match) continue;
    used.add(match);
    shared.push({ names: [account.name, match.name], domain: domain || domainKey(match.domain) });
  }
  return shared;
}
