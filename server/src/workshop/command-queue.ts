// Workshop commands on one board run one after another. A command reads the ledger (and the
// ballots), decides, and writes, with awaits in between (loading rooms, storing), so two running
// at once could both act on the same state: two rounds started, an agreement appended twice.
export class CommandQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, command: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(command);
    const tail = result.then(
      () => {},
      () => {},
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
