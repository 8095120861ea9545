/** One user edit, as a pair of API operations: the inverse and the redo. */
export interface Command {
  label: string;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

type Listener = () => void;

/** The user's own edits, newest last; undoing moves a command to the redo stack. */
export class History {
  private done: Command[] = [];
  private undone: Command[] = [];
  private listeners = new Set<Listener>();
  /** Ids of entities re-created by undo/redo: old id → new id. */
  private aliases = new Map<string, string>();
  private busy = false;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = (): string => `${this.done.length}:${this.undone.length}:${this.busy}`;

  get canUndo(): boolean {
    return this.done.length > 0 && !this.busy;
  }
  get canRedo(): boolean {
    return this.undone.length > 0 && !this.busy;
  }

  push(command: Command): void {
    this.done.push(command);
    if (this.done.length > 200) this.done.shift();
    this.undone = [];
    this.emit();
  }

  alias(oldId: string, newId: string): void {
    this.aliases.set(oldId, newId);
    for (const [from, to] of this.aliases) if (to === oldId) this.aliases.set(from, newId);
  }

  resolve = (id: string): string => this.aliases.get(id) ?? id;

  async undo(): Promise<void> {
    const command = this.done.pop();
    if (!command) return;
    await this.run(command.undo, () => this.undone.push(command));
  }

  async redo(): Promise<void> {
    const command = this.undone.pop();
    if (!command) return;
    await this.run(command.redo, () => this.done.push(command));
  }

  clear(): void {
    this.done = [];
    this.undone = [];
    this.emit();
  }

  private async run(step: () => Promise<void>, after: () => void): Promise<void> {
    this.busy = true;
    this.emit();
    try {
      await step();
      after();
    } finally {
      this.busy = false;
      this.emit();
    }
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
