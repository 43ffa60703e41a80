// The admin token a server may ask for before it creates or imports a board. The start page asks
// for it once per visit: its forms share what was typed, and "create another board" keeps it. It
// lives in memory only (never stored): it is the server's key to making boards.
export interface AdminTokenProps {
  /** What was typed so far ('' for none). */
  adminToken: string;
  onAdminToken: (value: string) => void;
}
