// Sums self and inclusive time per function of a .cpuprofile (from `node --cpu-prof`).
// Usage: node --import tsx bench/tools/cpuprofile-summary.ts <file.cpuprofile> [--top 30]
import { fileURLToPath } from 'node:url';
import { formatProfile, readProfile } from '../lib/cpuprofile.js';

const args = process.argv.slice(2);
const topIndex = args.indexOf('--top');
const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 30;
const file = args.find((a, i) => !a.startsWith('--') && (topIndex < 0 || i !== topIndex + 1));
if (!file || !Number.isInteger(top) || top <= 0) {
  console.error('usage: cpuprofile-summary.ts <file.cpuprofile> [--top N]');
  process.exit(2);
}
const rootDir = fileURLToPath(new URL('../..', import.meta.url));
console.log(formatProfile(readProfile(file, rootDir), top));
