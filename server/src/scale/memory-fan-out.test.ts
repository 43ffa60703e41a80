import { MemoryFanOutHub } from './memory-fan-out.js';
import { describeFanOutContract } from './fan-out.contract.js';

const hub = new MemoryFanOutHub();
describeFanOutContract('memory', async () => hub.node());
