// Undo and redo: every change of the model (typing, structural edits, Start over, Import)
// is kept as the JSON text it had before, so that it can be brought back. Typing into one
// field in one burst (pauses under a second) is one step. At most LIMIT steps are kept.

export const LIMIT = 100;
const BURST_MS = 1000;

export class History {
  constructor(text, active = 0) {
    this.past = []; // [{text, active, pointer}] — the states before each step
    this.future = [];
    this.current = text;
    this.last = null; // {pointer, at} of the last typing step, for bursts
  }

  /** Called after every refresh with the model's text: records a step when it changed.
   * `edit`: {pointer, typing} of the edit that caused it, when known. */
  note(text, active, edit, now = performance.now()) {
    if (text === this.current) return false;
    const burst = edit?.typing && this.last && this.last.pointer === edit.pointer && now - this.last.at < BURST_MS && this.past.length > 0;
    if (!burst) {
      this.past.push({ text: this.current, active, pointer: edit?.pointer ?? null });
      if (this.past.length > LIMIT) this.past.shift();
    }
    this.last = edit?.typing ? { pointer: edit.pointer, at: now } : null;
    this.future = [];
    this.current = text;
    return true;
  }

  /** Ends a typing burst (focus left the field, or a step was undone). */
  seal() {
    this.last = null;
  }

  canUndo() {
    return this.past.length > 0;
  }

  canRedo() {
    return this.future.length > 0;
  }

  /** The state to go back to, or null. */
  undo(active) {
    const step = this.past.pop();
    if (!step) return null;
    this.future.push({ text: this.current, active, pointer: step.pointer });
    this.current = step.text;
    this.last = null;
    return step;
  }

  redo(active) {
    const step = this.future.pop();
    if (!step) return null;
    this.past.push({ text: this.current, active, pointer: step.pointer });
    this.current = step.text;
    this.last = null;
    return step;
  }
}
